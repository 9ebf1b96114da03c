using System;
using System.Collections.Generic;
#if NET8_0_OR_GREATER
using System.Text.Json;
using System.Text.Json.Serialization;
#endif

namespace KibanaConnectors
{
    /// <summary>
    /// One run of a connector with its parameters, built by the connector's own methods
    /// (<c>PreconfiguredConnectors.MySlack1.Message("...")</c>) so that it can only aim at a connector of the right type.
    /// Use it as a rule action (<see cref="ForRule"/>) or as the body of Kibana's <c>_execute</c> API (<see cref="ToExecuteJson"/>).
    /// </summary>
    public sealed class ConnectorAction
    {
        /// <summary>Creates an action; the typed methods of the connector classes check the parameters first.</summary>
        /// <param name="connectorId">The connector's id.</param>
        /// <param name="actionTypeId">The connector's type, such as <c>.slack</c>.</param>
        /// <param name="parameters">The parameters, as Kibana's API takes them.</param>
        public ConnectorAction(string connectorId, string actionTypeId, ParamMap parameters)
            : this(connectorId, actionTypeId, parameters, Array.Empty<string>(), Array.Empty<string>())
        {
        }

        // The typed methods say what Kibana would refuse in one of the two uses only: ForRule and ToExecuteJson throw it.
        internal ConnectorAction(string connectorId, string actionTypeId, ParamMap parameters, string[] ruleProblems, string[] executeProblems)
        {
            ConnectorId = connectorId ?? throw new ArgumentNullException(nameof(connectorId));
            ActionTypeId = actionTypeId ?? throw new ArgumentNullException(nameof(actionTypeId));
            Params = parameters ?? throw new ArgumentNullException(nameof(parameters));
            RuleProblems = ruleProblems;
            ExecuteProblems = executeProblems;
        }

        /// <summary>The connector's id.</summary>
        public string ConnectorId { get; }

        /// <summary>The connector's type.</summary>
        public string ActionTypeId { get; }

        /// <summary>The parameters (<c>params</c>).</summary>
        public ParamMap Params { get; }

        // Why Kibana would refuse the action as a rule action, or through _execute; each names the connector and field.
        internal IReadOnlyList<string> RuleProblems { get; }

        internal IReadOnlyList<string> ExecuteProblems { get; }

        /// <summary>The entry of a rule's <c>actions</c> list that runs this action for an action group.</summary>
        /// <param name="group">The rule type's action group, such as <c>query matched</c> or <c>threshold met</c>.</param>
        /// <param name="frequency">When to run it; left out, the rule's defaults apply.</param>
        /// <exception cref="InvalidOperationException">
        /// Kibana treats the parameters differently in a rule action and would not do what they say, such as an
        /// <c>indexOverride</c> it drops on an ordinary index connector.
        /// </exception>
        public RuleAction ForRule(string group, ActionFrequency? frequency = null) =>
            RuleProblems.Count > 0 ? throw new InvalidOperationException(string.Join(" ", RuleProblems)) : new RuleAction(this, group, frequency);

        /// <summary>The body of <c>POST /api/actions/connector/{id}/_execute</c>: <c>{"params": {...}}</c>.</summary>
        /// <exception cref="InvalidOperationException">
        /// A parameter holds a Mustache template that Kibana would refuse as written: <c>_execute</c> does not render
        /// templates (a templated PagerDuty timestamp or email recipient, a Block Kit message that is JSON only once rendered).
        /// </exception>
        public string ToExecuteJson() =>
            ExecuteProblems.Count > 0 ? throw new InvalidOperationException(string.Join(" ", ExecuteProblems)) : "{\"params\":" + Params.ToJson() + "}";

        /// <inheritdoc />
        public override string ToString() => ConnectorId + " " + Params.ToJson();
    }

    /// <summary>An entry of a Kibana rule's <c>actions</c> list: which connector, for which action group, with which parameters.</summary>
#if NET8_0_OR_GREATER
    [JsonConverter(typeof(RuleActionJsonConverter))]
#endif
    public sealed class RuleAction
    {
        internal RuleAction(ConnectorAction action, string group, ActionFrequency? frequency)
        {
            Action = action;
            Group = string.IsNullOrWhiteSpace(group) ? throw new ArgumentException("A rule action needs the action group it runs for, such as 'query matched'.", nameof(group)) : group;
            Frequency = frequency;
        }

        /// <summary>The connector run.</summary>
        public ConnectorAction Action { get; }

        /// <summary>The connector id (<c>id</c>).</summary>
        public string Id => Action.ConnectorId;

        /// <summary>The action group (<c>group</c>).</summary>
        public string Group { get; }

        /// <summary>When it runs (<c>frequency</c>); null for the rule's defaults.</summary>
        public ActionFrequency? Frequency { get; }

        /// <summary>The entry as Kibana's rule API takes it: <c>{"id": ..., "group": ..., "params": {...}, "frequency": {...}}</c>.</summary>
        public string ToJson()
        {
            var map = new ParamMap().Add("id", Id).Add("group", Group).Add("params", Action.Params);
            if (Frequency != null)
            {
                map.Add("frequency", Frequency.ToParamMap());
            }

            return map.ToJson();
        }

        /// <inheritdoc />
        public override string ToString() => ToJson();
    }

    /// <summary>When Kibana runs a rule action (<c>frequency</c>).</summary>
    public sealed class ActionFrequency
    {
        /// <summary>Creates a frequency.</summary>
        /// <param name="notifyWhen">When to notify.</param>
        /// <param name="summary">True for one summary of all alerts, false for one run per alert.</param>
        /// <param name="throttle">With <see cref="NotifyWhen.OnThrottleInterval"/>: the interval, such as <c>10m</c> or <c>1h</c>.</param>
        public ActionFrequency(NotifyWhen notifyWhen, bool summary = false, string? throttle = null)
        {
            if (notifyWhen == NotifyWhen.OnThrottleInterval && !IsInterval(throttle))
            {
                throw new ArgumentException($"onThrottleInterval needs a throttle interval such as '10m' or '1h' (a number, then s, m, h or d), not '{throttle}'.", nameof(throttle));
            }

            if (notifyWhen != NotifyWhen.OnThrottleInterval && throttle != null)
            {
                throw new ArgumentException("A throttle interval is used only with NotifyWhen.OnThrottleInterval.", nameof(throttle));
            }

            NotifyWhen = notifyWhen;
            Summary = summary;
            Throttle = throttle;
        }

        /// <summary>When to notify (<c>notify_when</c>).</summary>
        public NotifyWhen NotifyWhen { get; }

        /// <summary>One summary of all alerts (true) or one run per alert (<c>summary</c>).</summary>
        public bool Summary { get; }

        /// <summary>The throttle interval (<c>throttle</c>).</summary>
        public string? Throttle { get; }

        internal ParamMap ToParamMap() => new ParamMap()
            .Add("summary", Summary)
            .Add("notify_when", NotifyWhen switch
            {
                NotifyWhen.OnActiveAlert => "onActiveAlert",
                NotifyWhen.OnActionGroupChange => "onActionGroupChange",
                _ => "onThrottleInterval",
            })
            .Add("throttle", Throttle);

        private static bool IsInterval(string? text)
        {
            if (string.IsNullOrEmpty(text) || text!.Length < 2 || "smhd".IndexOf(text[text.Length - 1]) < 0)
            {
                return false;
            }

            for (var i = 0; i < text.Length - 1; i++)
            {
                if (!char.IsDigit(text[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>When a rule runs an action.</summary>
    public enum NotifyWhen
    {
        /// <summary>Each time the rule runs and the alert is active (<c>onActiveAlert</c>).</summary>
        OnActiveAlert,

        /// <summary>When the alert's action group changes (<c>onActionGroupChange</c>).</summary>
        OnActionGroupChange,

        /// <summary>At most once per throttle interval (<c>onThrottleInterval</c>).</summary>
        OnThrottleInterval,
    }

#if NET8_0_OR_GREATER
    /// <summary>Writes a <see cref="RuleAction"/> as Kibana's rule API takes it, for <see cref="JsonSerializer"/>.</summary>
    internal sealed class RuleActionJsonConverter : JsonConverter<RuleAction>
    {
        public override RuleAction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Rule actions are written for Kibana, not read back.");

        public override void Write(Utf8JsonWriter writer, RuleAction value, JsonSerializerOptions options) => writer.WriteRawValue(value.ToJson());
    }
#endif
}
