import { describe, expect, it } from "vitest";
import { firstPageParams, nextPageParams, pagePosition, previousPageParams } from "./cursor-trail";

describe("cursor paging in the URL", () => {
  it("walks forward and back through pages, keeping other params", () => {
    const page1 = new URLSearchParams("kind=READ");
    expect(pagePosition(page1)).toEqual({ after: undefined, trail: [], page: 1 });
    const page2 = nextPageParams(page1, "c1");
    expect(page2.toString()).toBe("kind=READ&after=c1");
    const page3 = nextPageParams(page2, "c2");
    expect(pagePosition(page3)).toEqual({ after: "c2", trail: ["c1"], page: 3 });
    const page4 = nextPageParams(page3, "c3");
    expect(pagePosition(page4)).toEqual({ after: "c3", trail: ["c1", "c2"], page: 4 });
    expect(pagePosition(previousPageParams(page4))).toEqual({ after: "c2", trail: ["c1"], page: 3 });
    expect(previousPageParams(page3).toString()).toBe("kind=READ&after=c1");
    expect(previousPageParams(page2).toString()).toBe("kind=READ");
    expect(firstPageParams(page4).toString()).toBe("kind=READ");
  });

  it("ignores a trail without a cursor", () => {
    expect(pagePosition(new URLSearchParams("trail=x,y"))).toEqual({ after: undefined, trail: [], page: 1 });
  });
});
