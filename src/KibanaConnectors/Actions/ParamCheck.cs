using System;
using System.Collections.Generic;
using System.Linq;

namespace KibanaConnectors
{
    /// <summary>
    /// The checks Kibana's params schemas and executors make, run when an action is built so that a wrong one fails in
    /// C#, not when the alert fires. A value with a Mustache template (<c>{{...}}</c>) is checked by Kibana only after
    /// it renders it, in a rule action; <c>_execute</c> renders nothing. So a check a template fails as written is kept
    /// for <see cref="ConnectorAction.ToExecuteJson"/> instead of failing the build of the action.
    /// </summary>
    internal sealed class ParamCheck
    {
        private readonly Connector _connector;
        private readonly List<string> _executeProblems = new List<string>();
        private readonly List<string> _ruleProblems = new List<string>();

        public ParamCheck(Connector connector) => _connector = connector;

        /// <summary>The Kibana the connector runs on.</summary>
        public KibanaSettings Kibana => _connector.Kibana;

        /// <summary>True when <paramref name="text"/> holds a Mustache template, as Kibana's <c>hasMustacheTemplate</c> sees it: <c>{{</c>, later <c>}}</c>.</summary>
        public static bool IsTemplate(string? text)
        {
            var open = text?.IndexOf("{{", StringComparison.Ordinal) ?? -1;
            return open >= 0 && text!.IndexOf("}}", open + 2, StringComparison.Ordinal) >= 0;
        }

        public ArgumentException Fail(string parameter, string problem) =>
            new ArgumentException(Describe(problem), parameter);

        /// <summary>The action, with what stops it as a rule action or through <c>_execute</c>.</summary>
        public ConnectorAction Action(ParamMap parameters) =>
            new ConnectorAction(_connector.Id, _connector.ActionTypeId, parameters, _ruleProblems.ToArray(), _executeProblems.ToArray());

        /// <summary>A problem only a rule action has (Kibana changes or drops the value there); <c>_execute</c> is fine.</summary>
        public void FailsInRules(string problem) => _ruleProblems.Add(Describe(problem));

        /// <summary>
        /// A check on the value as written: when it holds, nothing; when it fails on a template, only <c>_execute</c>
        /// (which sends the template as it is) fails; otherwise the action cannot be built.
        /// </summary>
        public void AsWritten(string? value, bool holds, string parameter, string problem)
        {
            if (holds)
            {
                return;
            }

            if (!IsTemplate(value))
            {
                throw Fail(parameter, problem);
            }

            _executeProblems.Add(Describe(problem + ", and _execute sends the template as it is: Kibana renders templates in rule actions only"));
        }

        /// <summary>A field Kibana's schema requires: any text, empty included (<c>z.string()</c>).</summary>
        public string Present(string? value, string parameter, string field) =>
            value ?? throw Fail(parameter, $"{field} is required (an empty text is allowed)");

        /// <summary>A field of at least one character (<c>z.string().min(1)</c>); spaces count.</summary>
        public string NonEmpty(string? value, string parameter, string field) =>
            string.IsNullOrEmpty(value) ? throw Fail(parameter, $"{field} is required and cannot be empty") : value!;

        /// <summary>A field that must hold more than spaces (Kibana trims it first, or the service refuses it).</summary>
        public string Required(string? value, string parameter, string field) =>
            string.IsNullOrWhiteSpace(value) ? throw Fail(parameter, $"{field} is required and cannot be empty") : value!;

        /// <summary>
        /// A length limit of Kibana's schema. Kibana measures the rendered value in a rule action; a template is measured
        /// here as written, which is exact only for <c>_execute</c>.
        /// </summary>
        public string? MaxLength(string? value, int max, string parameter, string field)
        {
            if (value != null)
            {
                AsWritten(value, value.Length <= max, parameter, $"{field} is {value.Length} characters long; Kibana takes at most {max}");
            }

            return value;
        }

        /// <summary>
        /// A list as an array, refused when it holds a null entry (named <paramref name="field"/>, the parameter when not
        /// given); null when it is null, or when it is empty and <paramref name="emptyAsNull"/> (left out of the params).
        /// </summary>
        public T[]? Entries<T>(IEnumerable<T>? values, string parameter, string? field = null, bool emptyAsNull = false)
            where T : class
        {
            var list = values?.ToArray();
            if (list != null && list.Any(v => v == null))
            {
                throw Fail(parameter, (field ?? parameter) + " has a null entry");
            }

            return list != null && list.Length == 0 && emptyAsNull ? null : list;
        }

        public string[]? List(IEnumerable<string>? values, int maxItems, int maxLength, string parameter, string field)
        {
            if (values == null)
            {
                return null;
            }

            var list = values.ToArray();
            if (list.Length > maxItems)
            {
                throw Fail(parameter, $"{field} has {list.Length} entries; Kibana takes at most {maxItems}");
            }

            foreach (var value in list)
            {
                if (value == null)
                {
                    throw Fail(parameter, $"{field} has a null entry");
                }

                MaxLength(value, maxLength, parameter, field + " entry");
            }

            return list.Length == 0 ? null : list;
        }

        /// <summary>
        /// A text Kibana parses with <c>JSON.parse</c>. <paramref name="requirement"/> says what the parsed value must be
        /// (null when it is right). A template that does not parse as written is left to Kibana, which parses the rendered text.
        /// </summary>
        public void Json(string? text, string parameter, string field, Func<JsonText, string?>? requirement = null)
        {
            if (text == null)
            {
                return;
            }

            var json = JsonText.Parse(text);
            if (json.Error != null)
            {
                AsWritten(text, false, parameter, $"{field} is not valid JSON ({json.Error})");
            }
            else if (requirement?.Invoke(json) is string problem)
            {
                throw Fail(parameter, $"{field} {problem}");
            }
        }

        /// <summary>
        /// A map of extra fields (Jira <c>otherFields</c>, ServiceNow <c>additional_fields</c>, Resilient <c>additionalFields</c>):
        /// at most <paramref name="max"/> keys, none of them a field the action has already
        /// (kbn-connector-schemas/common/utils/validators.ts, validateRecordMaxKeys and validateKeysAllowed).
        /// </summary>
        public void ExtraFields(IEnumerable<string> keys, int max, IReadOnlyCollection<string> reserved, string parameter, string field)
        {
            var list = keys.ToList();
            if (list.Count > max)
            {
                throw Fail(parameter, $"{field} has {list.Count} fields; Kibana takes at most {max}");
            }

            if (list.FirstOrDefault(reserved.Contains) is string taken)
            {
                throw Fail(parameter, $"{field} cannot hold '{taken}', a field the action sets itself (Kibana refuses: {string.Join(", ", reserved)}); use the action's own parameter");
            }
        }

        /// <summary>The same map given as a JSON text, which Kibana parses first (kbn-connector-schemas/common/utils/coerced.ts).</summary>
        public void ExtraFieldsJson(string? text, int max, IReadOnlyCollection<string> reserved, string parameter, string field) =>
            Json(text, parameter, field, json =>
            {
                if (json.Kind != JsonKind.Object)
                {
                    return $"must be a JSON object of field names and values, not {Article(json.Kind)}";
                }

                ExtraFields(json.Keys, max, reserved, parameter, field);
                return null;
            });

        /// <summary>Refuses two parameters that say the same thing in two ways.</summary>
        public void OneOf(object? first, string firstName, object? second, string secondName)
        {
            if (first != null && second != null)
            {
                throw Fail(secondName, $"give {firstName} or {secondName}, not both: Kibana takes one {firstName}");
            }
        }

        /// <summary>A JSON text whose top level must be an object.</summary>
        public static string? JsonObject(JsonText json) =>
            json.Kind == JsonKind.Object ? null : $"must be a JSON object, not {Article(json.Kind)}";

        public static string Article(JsonKind kind) => kind switch
        {
            JsonKind.Array => "an array",
            JsonKind.Object => "an object",
            JsonKind.Null => "null",
            _ => "a " + kind.ToString().ToLowerInvariant(),
        };

        public static ParamMap SubAction(string subAction, ParamMap parameters) =>
            new ParamMap().Add("subAction", subAction).Add("subActionParams", parameters);

        /// <summary>The <c>pushToService</c> sub-action of the case and incident connectors: <c>{incident, comments}</c>.</summary>
        public ConnectorAction PushToService(ParamMap incident, IEnumerable<CaseComment>? comments) =>
            Action(SubAction("pushToService", new ParamMap().Add("incident", incident).Add("comments", Comments(comments))));

        private static object[]? Comments(IEnumerable<CaseComment>? comments) =>
            comments?.Select(c => (object)new ParamMap().Add("comment", c.Comment).Add("commentId", c.CommentId)).ToArray();

        /// <summary>
        /// The entries as params; a null value is left out (as <see cref="ParamMap"/> leaves it), or sent as null when
        /// <paramref name="keepNulls"/>.
        /// </summary>
        public static ParamMap? Map(IReadOnlyDictionary<string, object?>? values, bool keepNulls = false)
        {
            if (values == null)
            {
                return null;
            }

            var map = new ParamMap();
            foreach (var entry in values)
            {
                map.Add(entry.Key, entry.Value ?? (keepNulls ? ParamValues.Null : null));
            }

            return map;
        }

        private string Describe(string problem) => $"Connector '{_connector.Id}' ({_connector.ActionTypeId}): {problem}.";
    }

    /// <summary>A comment pushed with a case or incident: its text and its id in Kibana (such as <c>{{alert.id}}</c>).</summary>
    public sealed class CaseComment
    {
        /// <summary>Creates a comment.</summary>
        /// <param name="comment">The text.</param>
        /// <param name="commentId">Its id, which lets Kibana update it later.</param>
        public CaseComment(string comment, string commentId)
        {
            Comment = comment ?? throw new ArgumentNullException(nameof(comment));
            CommentId = commentId ?? throw new ArgumentNullException(nameof(commentId));
        }

        /// <summary>The text (<c>comment</c>).</summary>
        public string Comment { get; }

        /// <summary>The id (<c>commentId</c>).</summary>
        public string CommentId { get; }
    }
}
