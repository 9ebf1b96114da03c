using System;
using System.Collections.Generic;
using System.Linq;

namespace KibanaConnectors
{
    /// <summary>The checks Kibana's params schemas make, run when an action is built so that a wrong one fails in C#, not when the alert fires.</summary>
    internal sealed class ParamCheck
    {
        private readonly Connector _connector;

        public ParamCheck(Connector connector) => _connector = connector;

        public ArgumentException Fail(string parameter, string problem) =>
            new ArgumentException($"Connector '{_connector.Id}' ({_connector.ActionTypeId}): {problem}.", parameter);

        public string Required(string? value, string parameter, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw Fail(parameter, $"{field} is required and cannot be empty");
            }

            return value!;
        }

        public string? MaxLength(string? value, int max, string parameter, string field)
        {
            if (value != null && value.Length > max)
            {
                throw Fail(parameter, $"{field} is {value.Length} characters long; Kibana takes at most {max}");
            }

            return value;
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

        public static ParamMap SubAction(string subAction, ParamMap parameters) =>
            new ParamMap().Add("subAction", subAction).Add("subActionParams", parameters);

        /// <summary>The <c>pushToService</c> sub-action of the case and incident connectors: <c>{incident, comments}</c>.</summary>
        public static ConnectorAction PushToService(Connector connector, ParamMap incident, IEnumerable<CaseComment>? comments) =>
            new ConnectorAction(connector.Id, connector.ActionTypeId, SubAction("pushToService", new ParamMap().Add("incident", incident).Add("comments", Comments(comments))));

        private static object[]? Comments(IEnumerable<CaseComment>? comments) =>
            comments?.Select(c => (object)new ParamMap().Add("comment", c.Comment).Add("commentId", c.CommentId)).ToArray();

        public static ParamMap? Map(IReadOnlyDictionary<string, object?>? values)
        {
            if (values == null)
            {
                return null;
            }

            var map = new ParamMap();
            foreach (var entry in values)
            {
                map.Add(entry.Key, entry.Value);
            }

            return map;
        }
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
