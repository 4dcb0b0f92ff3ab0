/**
 * What the editor holds the first time a person opens the explorer: a query their role can run as it
 * is, so the first press of the run button shows real data, not an error.
 */
export interface ExplorerCaller {
  country: string;
  subject: string;
  roles: readonly string[];
}

const HINT = `# Every request carries your session's token.
# Ctrl-Enter runs, Ctrl-Space suggests; "Show documentation" lists the schema.`;

const BY_ROLE: Record<string, (caller: ExplorerCaller) => string> = {
  regulator: () => `# Serious incidents and disasters in every country,
# as far as each shares them with you.
query SeriousIncidentsAcrossBorders {
  countries {
    code
    name
    incidents(first: 5, filter: { severities: [SERIOUS_INCIDENT, DISASTER] }) {
      totalCount
      nodes {
        id
        title
        severity
        classification
        occurredAt
        notificationStatus
      }
    }
  }
}`,
  analyst: () => `# Where each country stands on the baseline at the first milestone.
query ComplianceReportsAtM6 {
  complianceReports(milestone: M6) {
    country
    version
    status
    submittedAt
  }
  milestones {
    code
    dueDate
  }
}`,
  negotiator: (caller) => `# ${caller.country}'s grants: to whom, what they open, and whether they are in force.
query MyCountrysGrants {
  myCountry {
    code
    grants {
      id
      grantee
      recordKinds
      maxClassification
      purpose
      validUntil
      active
    }
  }
}`,
  auditor: (caller) => `# Who read ${caller.country}'s records, and whether the access log is intact.
query MyCountrysAccessLog {
  myCountry {
    code
    accessLogIntegrity {
      valid
      entries
      brokenAt
    }
    accessLog(first: 10) {
      totalCount
      nodes {
        seq
        at
        callerCountry
        callerSubject
        entryKind
        recordKind
        grantId
      }
    }
  }
}`,
};

/** Roles in the order their example is preferred, when a token holds several. */
const PREFERENCE = ["regulator", "analyst", "auditor", "negotiator"];

const WHO_AM_I = `# How the hub sees you.
query WhoAmI {
  me {
    country
    subject
    roles
    scopes
    expiresAt
  }
}`;

export function defaultQueryFor(caller: ExplorerCaller): string {
  const role = PREFERENCE.find((r) => caller.roles.includes(r));
  const example = role ? BY_ROLE[role]!(caller) : WHO_AM_I;
  return `# Signed in as ${caller.subject} (${caller.country}, ${caller.roles.join(", ") || "no role"}).\n${HINT}\n\n${example}\n`;
}
