import type { MilestoneCode } from "../gql/graphql";
import { formatDate } from "../ui/format";
import type { MatrixFilters } from "./matrix-filters";

interface MatrixFilterFormProps {
  milestones: readonly { code: MilestoneCode; dueDate: string; monthsAfterAgreement: number }[];
  categories: readonly string[];
  filters: MatrixFilters;
  onChange(changes: Record<string, string | undefined>): void;
}

/** Milestone, category and binding: each choice goes straight to the URL, and the matrix follows. */
export function MatrixFilterForm({ milestones, categories, filters, onChange }: MatrixFilterFormProps) {
  return (
    <form className="cmp-filters card" aria-label="Matrix filters" onSubmit={(event) => event.preventDefault()}>
      <label>
        Milestone
        <select value={filters.milestone ?? ""} onChange={(event) => onChange({ milestone: event.target.value })}>
          {milestones.map((milestone) => (
            <option key={milestone.code} value={milestone.code}>
              {milestone.code}: {milestone.monthsAfterAgreement} months, due {formatDate(milestone.dueDate)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Category
        <select value={filters.category ?? ""} onChange={(event) => onChange({ category: event.target.value || undefined })}>
          <option value="">All categories</option>
          {categories.map((category) => (
            <option key={category} value={category}>
              {category.charAt(0) + category.slice(1).toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <label>
        Binding
        <select
          value={filters.binding === undefined ? "" : String(filters.binding)}
          onChange={(event) => onChange({ binding: event.target.value || undefined })}
        >
          <option value="">Binding and voluntary</option>
          <option value="true">Binding only</option>
          <option value="false">Voluntary only</option>
        </select>
      </label>
    </form>
  );
}
