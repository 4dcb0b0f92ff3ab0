import { Gauge, type Registry } from "prom-client";
import type { DataSource } from "typeorm";
import type { Logger } from "../../../shared/logging/logger.js";
import { NotificationStatus } from "../../../shared/incidents/notification-clock.js";
import { Incident } from "./incident.js";
import { NOTIFICATION_STATUS_SQL } from "./incident-query.js";

/** High-risk incidents of `country` past their 72-hour deadline and not notified: the same SQL rule the `notificationStatuses` filter uses. */
export function countOverdueNotifications(db: DataSource, country: string, now: Date): Promise<number> {
  return db
    .getRepository(Incident)
    .createQueryBuilder("incident")
    .where("incident.country = :country", { country })
    .andWhere(`${NOTIFICATION_STATUS_SQL} = :overdue`, { statusNow: now, overdue: NotificationStatus.OVERDUE })
    .getCount();
}

/**
 * `hub_incident_notifications_overdue`, counted at scrape (one indexed count; the answer changes by
 * the clock alone, so nothing could keep it up to date between scrapes). A count that fails leaves the
 * gauge out of that scrape rather than failing the whole scrape.
 */
export function registerOverdueNotificationsMetric(registry: Registry, db: DataSource, country: string, logger: Logger): void {
  new Gauge({
    name: "hub_incident_notifications_overdue",
    help: "High-risk incidents of this country past the 72-hour notification deadline and not notified.",
    registers: [registry],
    async collect() {
      this.reset();
      try {
        this.set(await countOverdueNotifications(db, country, new Date()));
      } catch (error) {
        logger.warn("overdue notifications not counted for the metrics", { error: (error as Error).message });
      }
    },
  });
}
