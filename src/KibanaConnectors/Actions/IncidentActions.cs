using System;
using System.Collections.Generic;
using System.Linq;

namespace KibanaConnectors
{
    public sealed partial class JiraConnector
    {
        /// <summary>Creates a Jira issue, or updates the one of <paramref name="externalId"/> (<c>pushToService</c>).</summary>
        /// <param name="summary">The issue's summary (<c>incident.summary</c>), required.</param>
        /// <param name="description">The description.</param>
        /// <param name="issueType">The issue type's id.</param>
        /// <param name="priority">The priority's name, such as <c>High</c>.</param>
        /// <param name="labels">Labels, without spaces.</param>
        /// <param name="parent">The parent issue's key, for a sub-task.</param>
        /// <param name="externalId">The issue to update; a new issue when null.</param>
        /// <param name="otherFields">Other Jira fields by id (<c>otherFields</c>), at most 20, none of the fields above.</param>
        /// <param name="comments">Comments to add.</param>
        /// <param name="otherFieldsJson">The other fields as a JSON object text (<c>otherFields</c>), instead of <paramref name="otherFields"/>.</param>
        public ConnectorAction PushToService(string summary, string? description = null, string? issueType = null, string? priority = null,
            IEnumerable<string>? labels = null, string? parent = null, string? externalId = null, IReadOnlyDictionary<string, object?>? otherFields = null,
            IEnumerable<CaseComment>? comments = null, string? otherFieldsJson = null)
        {
            // kbn-connector-schemas/jira/schemas/v1.ts ExecutorSubActionPushParamsSchema: otherFields is Coerced (a JSON
            // text is parsed), at most MAX_OTHER_FIELDS_LENGTH (20) keys, none of incidentSchemaObjectProperties.
            var check = new ParamCheck(this);
            var labelList = labels?.ToArray();
            if (labelList?.FirstOrDefault(l => l == null || l.Any(char.IsWhiteSpace)) is string spaced)
            {
                throw check.Fail(nameof(labels), $"Jira labels cannot contain spaces: '{spaced}'");
            }

            check.OneOf(otherFields, nameof(otherFields), otherFieldsJson, nameof(otherFieldsJson));
            if (otherFields != null)
            {
                check.ExtraFields(otherFields.Keys, 20, JiraIncidentFields, nameof(otherFields), "otherFields");
            }

            check.ExtraFieldsJson(otherFieldsJson, 20, JiraIncidentFields, nameof(otherFieldsJson), "otherFields");
            return check.PushToService(new ParamMap()
                .Add("summary", check.Required(summary, nameof(summary), "summary"))
                .Add("description", description)
                .Add("externalId", externalId)
                .Add("issueType", issueType)
                .Add("priority", priority)
                .Add("labels", labelList?.Length > 0 ? labelList : null)
                .Add("parent", parent)
                .Add("otherFields", (object?)ParamCheck.Map(otherFields) ?? otherFieldsJson), comments);
        }

        private static readonly string[] JiraIncidentFields = { "summary", "description", "externalId", "issueType", "priority", "labels", "parent", "otherFields" };
    }

    /// <summary>Fields every ServiceNow ITSM and SecOps incident has.</summary>
    internal static class ServiceNowIncident
    {
        public const string DefaultCorrelationId = "{{rule.id}}:{{alert.id}}";

        // kbn-connector-schemas/servicenow/schemas/v1.ts CommonAttributes: additional_fields takes at most
        // MAX_ADDITIONAL_FIELDS_LENGTH (20) keys, none of commonIncidentSchemaObjectProperties.
        private static readonly string[] s_commonFields =
            { "short_description", "description", "externalId", "category", "subcategory", "correlation_id", "correlation_display", "additional_fields" };

        public static ParamMap Common(ParamCheck check, string shortDescription, string? description, string? category, string? subcategory,
            string? correlationId, string? correlationDisplay, string? externalId, IReadOnlyDictionary<string, object?>? additionalFields)
        {
            if (additionalFields != null)
            {
                check.ExtraFields(additionalFields.Keys, 20, s_commonFields, nameof(additionalFields), "additional_fields");
            }

            return new ParamMap()
                .Add("short_description", check.Required(shortDescription, nameof(shortDescription), "short_description"))
                .Add("description", description)
                .Add("externalId", externalId)
                .Add("category", category)
                .Add("subcategory", subcategory)
                .Add("correlation_id", correlationId ?? DefaultCorrelationId)
                .Add("correlation_display", correlationDisplay)
                .Add("additional_fields", ParamCheck.Map(additionalFields));
        }
    }

    public sealed partial class ServiceNowItsmConnector
    {
        /// <summary>Creates or updates a ServiceNow ITSM incident (<c>pushToService</c>).</summary>
        /// <param name="shortDescription">The incident's short description (<c>short_description</c>), required.</param>
        /// <param name="description">The description.</param>
        /// <param name="severity">The severity (1 to 3).</param>
        /// <param name="urgency">The urgency (1 to 3).</param>
        /// <param name="impact">The impact (1 to 3).</param>
        /// <param name="category">The category.</param>
        /// <param name="subcategory">The subcategory.</param>
        /// <param name="correlationId">
        /// Identifies the incident across runs; Kibana's default <c>{{rule.id}}:{{alert.id}}</c> when null;
        /// <see cref="ParamValues.Null"/> for none, so that every run opens a new incident.
        /// </param>
        /// <param name="correlationDisplay">The correlation display.</param>
        /// <param name="externalId">The incident to update; a new incident when null.</param>
        /// <param name="additionalFields">Other ServiceNow fields (<c>additional_fields</c>), at most 20, none of the common incident fields.</param>
        /// <param name="comments">Comments (work notes) to add.</param>
        public ConnectorAction PushToService(string shortDescription, string? description = null, string? severity = null, string? urgency = null, string? impact = null,
            string? category = null, string? subcategory = null, string? correlationId = null, string? correlationDisplay = null, string? externalId = null,
            IReadOnlyDictionary<string, object?>? additionalFields = null, IEnumerable<CaseComment>? comments = null)
        {
            var check = new ParamCheck(this);
            var incident = ServiceNowIncident.Common(check, shortDescription, description, category, subcategory, correlationId, correlationDisplay, externalId, additionalFields)
                .Add("severity", severity)
                .Add("urgency", urgency)
                .Add("impact", impact);
            return check.PushToService(incident, comments);
        }

        /// <summary>Closes the incident of <paramref name="externalId"/>, or the one with the correlation id (<c>closeIncident</c>).</summary>
        /// <param name="externalId">The incident's id in ServiceNow.</param>
        /// <param name="correlationId">Its correlation id; Kibana's default <c>{{rule.id}}:{{alert.id}}</c> when both are null; <see cref="ParamValues.Null"/> for none.</param>
        public ConnectorAction CloseIncident(string? externalId = null, string? correlationId = null) =>
            new ParamCheck(this).Action(ParamCheck.SubAction("closeIncident", new ParamMap().Add("incident", new ParamMap()
                .Add("externalId", externalId)
                .Add("correlation_id", correlationId ?? (externalId == null ? ServiceNowIncident.DefaultCorrelationId : null)))));
    }

    public sealed partial class ServiceNowSirConnector
    {
        /// <summary>Creates or updates a ServiceNow SecOps security incident (<c>pushToService</c>).</summary>
        /// <param name="shortDescription">The short description (<c>short_description</c>), required.</param>
        /// <param name="description">The description.</param>
        /// <param name="priority">The priority.</param>
        /// <param name="destIps">Destination IPs (<c>dest_ip</c>).</param>
        /// <param name="sourceIps">Source IPs (<c>source_ip</c>).</param>
        /// <param name="malwareHashes">Malware hashes (<c>malware_hash</c>).</param>
        /// <param name="malwareUrls">Malware URLs (<c>malware_url</c>).</param>
        /// <param name="category">The category.</param>
        /// <param name="subcategory">The subcategory.</param>
        /// <param name="correlationId">
        /// Identifies the incident across runs; Kibana's default <c>{{rule.id}}:{{alert.id}}</c> when null;
        /// <see cref="ParamValues.Null"/> for none, so that every run opens a new incident.
        /// </param>
        /// <param name="correlationDisplay">The correlation display.</param>
        /// <param name="externalId">The incident to update; a new incident when null.</param>
        /// <param name="additionalFields">Other fields (<c>additional_fields</c>), at most 20, none of the common incident fields.</param>
        /// <param name="comments">Comments to add.</param>
        public ConnectorAction PushToService(string shortDescription, string? description = null, string? priority = null, IEnumerable<string>? destIps = null,
            IEnumerable<string>? sourceIps = null, IEnumerable<string>? malwareHashes = null, IEnumerable<string>? malwareUrls = null, string? category = null,
            string? subcategory = null, string? correlationId = null, string? correlationDisplay = null, string? externalId = null,
            IReadOnlyDictionary<string, object?>? additionalFields = null, IEnumerable<CaseComment>? comments = null)
        {
            static string[]? List(IEnumerable<string>? values) => values?.ToArray() is { Length: > 0 } list ? list : null;
            var check = new ParamCheck(this);
            var incident = ServiceNowIncident.Common(check, shortDescription, description, category, subcategory, correlationId, correlationDisplay, externalId, additionalFields)
                .Add("dest_ip", List(destIps))
                .Add("malware_hash", List(malwareHashes))
                .Add("malware_url", List(malwareUrls))
                .Add("source_ip", List(sourceIps))
                .Add("priority", priority);
            return check.PushToService(incident, comments);
        }
    }

    public sealed partial class ServiceNowItomConnector
    {
        /// <summary>Sends an event to ServiceNow ITOM (<c>addEvent</c>).</summary>
        /// <param name="source">The event's source.</param>
        /// <param name="eventClass">The event class (<c>event_class</c>).</param>
        /// <param name="resource">The resource.</param>
        /// <param name="node">The node.</param>
        /// <param name="metricName">The metric (<c>metric_name</c>).</param>
        /// <param name="type">The type.</param>
        /// <param name="severity">The severity.</param>
        /// <param name="description">The description.</param>
        /// <param name="additionalInfo">More information (<c>additional_info</c>).</param>
        /// <param name="messageKey">Groups events (<c>message_key</c>); Kibana's default <c>{{rule.id}}:{{alert.id}}</c> when null; <see cref="ParamValues.Null"/> for none.</param>
        /// <param name="timeOfEvent">When it happened (<c>time_of_event</c>).</param>
        public ConnectorAction AddEvent(string? source = null, string? eventClass = null, string? resource = null, string? node = null, string? metricName = null,
            string? type = null, string? severity = null, string? description = null, string? additionalInfo = null, string? messageKey = null, string? timeOfEvent = null) =>
            new ParamCheck(this).Action(ParamCheck.SubAction("addEvent", new ParamMap()
                .Add("source", source)
                .Add("event_class", eventClass)
                .Add("resource", resource)
                .Add("node", node)
                .Add("metric_name", metricName)
                .Add("type", type)
                .Add("severity", severity)
                .Add("description", description)
                .Add("additional_info", additionalInfo)
                .Add("message_key", messageKey ?? ServiceNowIncident.DefaultCorrelationId)
                .Add("time_of_event", timeOfEvent)));
    }

    public sealed partial class ResilientConnector
    {
        /// <summary>Creates or updates an IBM Resilient incident (<c>pushToService</c>).</summary>
        /// <param name="name">The incident's name (<c>incident.name</c>), required.</param>
        /// <param name="description">The description.</param>
        /// <param name="incidentTypes">Incident type ids (<c>incidentTypes</c>).</param>
        /// <param name="severityCode">The severity code (<c>severityCode</c>).</param>
        /// <param name="externalId">The incident to update; a new incident when null.</param>
        /// <param name="comments">Comments to add.</param>
        /// <param name="additionalFields">Other Resilient fields (<c>additionalFields</c>), at most 50, none of the fields above.</param>
        /// <param name="additionalFieldsJson">The other fields as a JSON object text (<c>additionalFields</c>), instead of <paramref name="additionalFields"/>.</param>
        /// <remarks>Kibana's newest releases take <c>additionalFields</c>; older ones refuse it as an unknown field.</remarks>
        public ConnectorAction PushToService(string name, string? description = null, IEnumerable<int>? incidentTypes = null, int? severityCode = null,
            string? externalId = null, IEnumerable<CaseComment>? comments = null, IReadOnlyDictionary<string, object?>? additionalFields = null, string? additionalFieldsJson = null)
        {
            // kbn-connector-schemas/resilient/schemas/v1.ts: additionalFields is Coerced, at most 50 keys, none of
            // commonIncidentSchemaObjectProperties.
            var check = new ParamCheck(this);
            check.OneOf(additionalFields, nameof(additionalFields), additionalFieldsJson, nameof(additionalFieldsJson));
            if (additionalFields != null)
            {
                check.ExtraFields(additionalFields.Keys, 50, s_incidentFields, nameof(additionalFields), "additionalFields");
            }

            check.ExtraFieldsJson(additionalFieldsJson, 50, s_incidentFields, nameof(additionalFieldsJson), "additionalFields");
            var types = incidentTypes?.Cast<object>().ToArray();
            var incident = new ParamMap()
                .Add("name", check.Required(name, nameof(name), "name"))
                .Add("description", description)
                .Add("externalId", externalId)
                .Add("incidentTypes", types?.Length > 0 ? types : null)
                .Add("severityCode", severityCode)
                .Add("additionalFields", (object?)ParamCheck.Map(additionalFields) ?? additionalFieldsJson);
            return check.PushToService(incident, comments);
        }

        private static readonly string[] s_incidentFields = { "name", "description", "externalId", "incidentTypes", "severityCode", "additionalFields" };
    }

    public sealed partial class SwimlaneConnector
    {
        /// <summary>Creates or updates a Swimlane record (<c>pushToService</c>); the connector's field mappings place each value.</summary>
        /// <param name="alertId">The alert's id.</param>
        /// <param name="ruleName">The rule's name.</param>
        /// <param name="caseId">The case's id.</param>
        /// <param name="caseName">The case's name.</param>
        /// <param name="severity">The severity.</param>
        /// <param name="description">The description.</param>
        /// <param name="externalId">The record to update; a new record when null.</param>
        /// <param name="comments">Comments to add.</param>
        public ConnectorAction PushToService(string? alertId = null, string? ruleName = null, string? caseId = null, string? caseName = null, string? severity = null,
            string? description = null, string? externalId = null, IEnumerable<CaseComment>? comments = null)
        {
            var incident = new ParamMap()
                .Add("alertId", alertId)
                .Add("ruleName", ruleName)
                .Add("caseId", caseId)
                .Add("caseName", caseName)
                .Add("severity", severity)
                .Add("description", description)
                .Add("externalId", externalId);
            return new ParamCheck(this).PushToService(incident, comments);
        }
    }

    public sealed partial class CasesWebhookConnector
    {
        /// <summary>Creates or updates a case in the external system (<c>pushToService</c>), with the connector's request templates.</summary>
        /// <param name="title">The case's title (<c>incident.title</c>), required.</param>
        /// <param name="description">The description.</param>
        /// <param name="tags">Tags.</param>
        /// <param name="severity">The severity.</param>
        /// <param name="status">The status.</param>
        /// <param name="externalId">The case to update; a new case when null.</param>
        /// <param name="comments">Comments to add.</param>
        /// <param name="id">The case's id in Kibana (<c>incident.id</c>), for the connector's templates that use <c>{{{case.id}}}</c>.</param>
        public ConnectorAction PushToService(string title, string? description = null, IEnumerable<string>? tags = null, string? severity = null, string? status = null,
            string? externalId = null, IEnumerable<CaseComment>? comments = null, string? id = null)
        {
            // kbn-connector-schemas/cases_webhook/schemas/v1.ts ExecutorSubActionPushParamsSchema.
            var check = new ParamCheck(this);
            var tagList = tags?.ToArray();
            var incident = new ParamMap()
                .Add("title", check.Required(title, nameof(title), "title"))
                .Add("description", description)
                .Add("id", id)
                .Add("externalId", externalId)
                .Add("tags", tagList?.Length > 0 ? tagList : null)
                .Add("severity", severity)
                .Add("status", status);
            return check.PushToService(incident, comments);
        }
    }
}
