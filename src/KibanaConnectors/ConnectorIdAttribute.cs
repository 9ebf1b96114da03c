using System;

namespace KibanaConnectors
{
    /// <summary>
    /// Marks a parameter, property or field that holds a connector id. With KibanaConnectors in the project, a constant
    /// string given to it that is not the id of a connector in the project's settings files is compile error KC1001:
    /// <code>public void Notify([ConnectorId] string connector, string message) { ... }</code>
    /// </summary>
    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = true)]
    public sealed class ConnectorIdAttribute : Attribute
    {
    }
}
