import type { BaselineCatalogue } from "./baseline-catalogue.js";

/**
 * Version 1 of the Tokyo Safety Baseline catalogue: the 30-point checklist 50 countries agreed in March
 * 2026 (testing, transparency, reporting, international cooperation; binding items mixed with voluntary
 * best practices). A data module rather than JSON because `npm start` rebuilds when a .ts file changes
 * and would not notice an edited .json. A changed catalogue is a new file (v2), never an edit of this
 * one: reports record the version they were assessed against.
 *
 * Only the items whose substance is publicly known carry their text (`source: "AGREEMENT_TEXT"`). The
 * hub does not hold the agreement's full text, so every other item is a demo placeholder, titled and
 * sourced as one, with a demo `binding` flag: nothing here may be quoted as the agreement. Codes are the
 * hub's own numbering (grouped by category), not the agreement's paragraph numbers.
 *
 * `binding` of the named items: red-teaming and the 72-hour notification are described as mandatory;
 * provenance labels are listed among the same core commitments, which is why they are marked binding too.
 */
export const TOKYO_SAFETY_BASELINE_V1: BaselineCatalogue = {
  version: "v1",
  items: [
    {
      code: "TSB-01",
      title: "Mandatory red-team exercises before public deployment of systems classified high-risk",
      category: "TESTING",
      binding: true,
      source: "AGREEMENT_TEXT",
    },
    { code: "TSB-02", title: "Demo placeholder: testing item (not agreement text)", category: "TESTING", binding: true, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-03", title: "Demo placeholder: testing item (not agreement text)", category: "TESTING", binding: false, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-04", title: "Demo placeholder: testing item (not agreement text)", category: "TESTING", binding: true, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-05", title: "Demo placeholder: testing item (not agreement text)", category: "TESTING", binding: false, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-06", title: "Demo placeholder: testing item (not agreement text)", category: "TESTING", binding: false, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-07", title: "Demo placeholder: testing item (not agreement text)", category: "TESTING", binding: true, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-08", title: "Demo placeholder: testing item (not agreement text)", category: "TESTING", binding: false, source: "DEMO_PLACEHOLDER" },
    {
      code: "TSB-09",
      title:
        "Machine-readable provenance labels on model releases: training sources, major architecture changes and a traceable release history",
      category: "TRANSPARENCY",
      binding: true,
      source: "AGREEMENT_TEXT",
    },
    { code: "TSB-10", title: "Demo placeholder: transparency item (not agreement text)", category: "TRANSPARENCY", binding: true, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-11", title: "Demo placeholder: transparency item (not agreement text)", category: "TRANSPARENCY", binding: false, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-12", title: "Demo placeholder: transparency item (not agreement text)", category: "TRANSPARENCY", binding: false, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-13", title: "Demo placeholder: transparency item (not agreement text)", category: "TRANSPARENCY", binding: true, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-14", title: "Demo placeholder: transparency item (not agreement text)", category: "TRANSPARENCY", binding: false, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-15", title: "Demo placeholder: transparency item (not agreement text)", category: "TRANSPARENCY", binding: false, source: "DEMO_PLACEHOLDER" },
    {
      code: "TSB-16",
      title: "Notification of safety incidents that could cause public harm to the national authority within 72 hours, for high-risk deployments",
      category: "REPORTING",
      binding: true,
      source: "AGREEMENT_TEXT",
    },
    { code: "TSB-17", title: "Demo placeholder: reporting item (not agreement text)", category: "REPORTING", binding: true, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-18", title: "Demo placeholder: reporting item (not agreement text)", category: "REPORTING", binding: false, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-19", title: "Demo placeholder: reporting item (not agreement text)", category: "REPORTING", binding: true, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-20", title: "Demo placeholder: reporting item (not agreement text)", category: "REPORTING", binding: false, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-21", title: "Demo placeholder: reporting item (not agreement text)", category: "REPORTING", binding: false, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-22", title: "Demo placeholder: reporting item (not agreement text)", category: "REPORTING", binding: true, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-23", title: "Demo placeholder: cooperation item (not agreement text)", category: "COOPERATION", binding: true, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-24", title: "Demo placeholder: cooperation item (not agreement text)", category: "COOPERATION", binding: false, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-25", title: "Demo placeholder: cooperation item (not agreement text)", category: "COOPERATION", binding: true, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-26", title: "Demo placeholder: cooperation item (not agreement text)", category: "COOPERATION", binding: false, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-27", title: "Demo placeholder: cooperation item (not agreement text)", category: "COOPERATION", binding: false, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-28", title: "Demo placeholder: cooperation item (not agreement text)", category: "COOPERATION", binding: true, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-29", title: "Demo placeholder: cooperation item (not agreement text)", category: "COOPERATION", binding: false, source: "DEMO_PLACEHOLDER" },
    { code: "TSB-30", title: "Demo placeholder: cooperation item (not agreement text)", category: "COOPERATION", binding: false, source: "DEMO_PLACEHOLDER" },
  ],
};
