// Filters on an organisation's type.
CREATE INDEX organisation_org_type IF NOT EXISTS FOR (n:Organisation) ON (n.orgType)
