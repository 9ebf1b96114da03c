namespace KibanaConnectors.EndToEnd.Tests
{
    /// <summary>Settings files the end-to-end tests check with the packed tool and package.</summary>
    internal static class SettingsFiles
    {
        /// <summary>One error: KC0102 at line 8, column 19 (<c>.webhok</c>); the PagerDuty key from the environment.</summary>
        public const string Broken = "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: PD\n    secrets:\n      routingKey: ${PD_KEY}\n  hook:\n    actionTypeId: .webhok\n    name: Hook\n";

        /// <summary><see cref="Broken"/> fixed: no problem.</summary>
        public const string Fixed = "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: PD\n    secrets:\n      routingKey: ${PD_KEY}\n  hook:\n    actionTypeId: .webhook\n    name: Hook\n    config:\n      url: https://hooks.example.com/alerts\n      hasAuth: false\n";
    }
}
