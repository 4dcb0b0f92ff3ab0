import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { LazyPage } from "../pagination/lazy-page.js";
import { PageInfo } from "../pagination/page-info.js";
import { Classification, HarmType, NotificationStatus, Severity } from "./enums.js";
import { RecordReferenceInput } from "./record-reference.js";
import { Incident } from "./incident.js";

/** A page of incidents; each field reads (and logs) only when asked: see pagination/lazy-page.ts. */
@ObjectType()
export class IncidentConnection {
  constructor(private readonly page?: LazyPage<"INCIDENT">) {}

  @Field(() => Int, { description: "Incidents matching the filter that the caller may see (all pages)." })
  totalCount(): Promise<number> {
    return this.page!.totalCount();
  }

  @Field(() => [Incident])
  nodes(): Promise<Incident[]> {
    return this.page!.nodes();
  }

  @Field(() => PageInfo)
  pageInfo(): Promise<PageInfo> {
    return this.page!.pageInfo();
  }
}

@InputType()
export class IncidentFilter {
  @Field(() => [Severity], { nullable: true })
  severities?: Severity[] | null;

  @Field(() => [Classification], { nullable: true })
  classifications?: Classification[] | null;

  @Field(() => Date, { nullable: true, description: "Only incidents that occurred at or after this time." })
  occurredAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: "Only incidents that occurred before this time." })
  occurredBefore?: Date | null;

  @Field(() => Boolean, { nullable: true, description: "Only incidents in high-risk deployments (true) or only others (false)." })
  highRisk?: boolean | null;

  @Field(() => [NotificationStatus], { nullable: true, description: "Only incidents whose 72-hour status is one of these, now." })
  notificationStatuses?: NotificationStatus[] | null;

  @Field(() => String, { nullable: true, description: "Words that must all appear in the title or summary (case-insensitive)." })
  text?: string | null;

  @Field(() => ID, { nullable: true, description: "Only incidents involving this AI system." })
  systemId?: string | null;
}

/**
 * The optional details a report and an update share; null leaves them unset (or, in an update, unchanged).
 * type-graphql copies its fields into each input that extends it.
 */
@InputType()
abstract class IncidentDetailsInput {
  @Field(() => Date, { nullable: true, description: "Required for high-risk deployments: the 72-hour clock starts here." })
  detectedAt?: Date | null;

  @Field(() => Boolean, { nullable: true, description: "In a high-risk deployment (default false)." })
  highRisk?: boolean | null;

  @Field(() => Date, { nullable: true, description: "When the national authority was notified; leave out if not yet." })
  notifiedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: "The AI system involved, from this country's register." })
  systemId?: string | null;

  @Field(() => [HarmType], { nullable: true })
  harmTypes?: HarmType[] | null;

  @Field(() => [String], { nullable: true })
  affectedStakeholders?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Participant codes." })
  countriesAffected?: string[] | null;

  @Field(() => String, { nullable: true })
  reporter?: string | null;

  @Field(() => [RecordReferenceInput], { nullable: true, description: "Other countries' records of the same event." })
  relatedIncidents?: RecordReferenceInput[] | null;
}

@InputType()
export class ReportIncidentInput extends IncidentDetailsInput {
  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => Severity)
  severity: Severity;

  @Field(() => Classification)
  classification: Classification;

  @Field(() => Date)
  occurredAt: Date;
}

@InputType({ description: "The fields to change; those left out keep their value." })
export class UpdateIncidentInput extends IncidentDetailsInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => Severity, { nullable: true })
  severity?: Severity | null;

  @Field(() => Classification, { nullable: true })
  classification?: Classification | null;

  @Field(() => Date, { nullable: true })
  occurredAt?: Date | null;

  @Field(() => Boolean, { nullable: true, description: "This update is the final report: the record takes no further updates." })
  final?: boolean | null;

  @Field({ description: "Why the record changes (kept in its history)." })
  reason: string;
}
