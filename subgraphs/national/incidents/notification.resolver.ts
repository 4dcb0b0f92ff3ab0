import { FieldResolver, Resolver, Root } from "type-graphql";
import { notificationDeadline, notificationStatus } from "../../../shared/incidents/notification-clock.js";
import { NotificationStatus } from "./enums.js";
import { Incident } from "./incident.js";

@Resolver(() => Incident)
export class IncidentNotificationResolver {
  @FieldResolver(() => Date, { nullable: true, description: "Detection + 72 h, for high-risk deployments." })
  notificationDeadline(@Root() incident: Incident): Date | null {
    return notificationDeadline(incident);
  }

  @FieldResolver(() => NotificationStatus, { description: "The 72-hour rule's status, now." })
  notificationStatus(@Root() incident: Incident): NotificationStatus {
    return notificationStatus(incident, new Date());
  }
}
