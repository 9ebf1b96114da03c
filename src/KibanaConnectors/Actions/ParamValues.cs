namespace KibanaConnectors
{
    /// <summary>Values with a meaning of their own in the parameters of the typed actions.</summary>
    public static class ParamValues
    {
        /// <summary>
        /// Pass it for a text parameter to send JSON <c>null</c>, where Kibana's default for a left-out field differs
        /// from null: ServiceNow's <c>correlation_id</c> and <c>message_key</c> default to <c>{{rule.id}}:{{alert.id}}</c>,
        /// which groups runs into one incident or event; null groups nothing.
        /// </summary>
        public const string Null = "\u0000null";
    }
}
