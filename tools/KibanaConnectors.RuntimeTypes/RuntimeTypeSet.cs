using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KibanaConnectors.Rules.Catalogue;

namespace KibanaConnectors.RuntimeTypes
{
    /// <summary>What a runtime class holds: a connector's <c>config</c>, its <c>secrets</c>, or a nested object.</summary>
    internal enum ClassRole
    {
        Config,
        Secrets,
        Object,
    }

    /// <summary>A class the catalogue defines: its fields, and the connector types that use it.</summary>
    internal sealed class RuntimeClass
    {
        public RuntimeClass(string name, ClassRole role, IReadOnlyList<FieldSpec> fields, string? description)
        {
            Name = name;
            Role = role;
            Fields = fields;
            Description = description;
        }

        public string Name { get; }

        public ClassRole Role { get; }

        public IReadOnlyList<FieldSpec> Fields { get; }

        /// <summary>The nested object's own description; Config and Secrets classes are described by their connector types.</summary>
        public string? Description { get; }

        public List<ConnectorTypeSpec> UsedBy { get; } = new List<ConnectorTypeSpec>();
    }

    /// <summary>An enum the catalogue defines, and the connector types that use it.</summary>
    internal sealed class RuntimeEnum
    {
        public RuntimeEnum(EnumSpec spec) => Spec = spec;

        public EnumSpec Spec { get; }

        public List<ConnectorTypeSpec> UsedBy { get; } = new List<ConnectorTypeSpec>();
    }

    /// <summary>
    /// Every runtime type the catalogue defines, once each, in the order the catalogue first names them. A class or
    /// enum that several connector types use (ServiceNowConfig, WebhookMethod, ...) is one type; two definitions of one
    /// name that differ are a catalogue error.
    /// </summary>
    internal sealed class RuntimeTypeSet
    {
        private readonly Dictionary<string, RuntimeClass> _classes = new Dictionary<string, RuntimeClass>(StringComparer.Ordinal);
        private readonly Dictionary<string, RuntimeEnum> _enums = new Dictionary<string, RuntimeEnum>(StringComparer.Ordinal);
        private readonly List<RuntimeClass> _classOrder = new List<RuntimeClass>();
        private readonly List<RuntimeEnum> _enumOrder = new List<RuntimeEnum>();

        public RuntimeTypeSet(IReadOnlyList<ConnectorTypeSpec> connectors)
        {
            Connectors = connectors;
            foreach (var spec in connectors)
            {
                AddClass(spec, spec.ConfigType, ClassRole.Config, spec.Config, null);
                AddClass(spec, spec.SecretsType, ClassRole.Secrets, spec.Secrets, null);
            }
        }

        public IReadOnlyList<ConnectorTypeSpec> Connectors { get; }

        public IReadOnlyList<RuntimeClass> Classes => _classOrder;

        public IReadOnlyList<RuntimeEnum> Enums => _enumOrder;

        public RuntimeClass Class(string name) => _classes[name];

        private void AddClass(ConnectorTypeSpec user, string name, ClassRole role, IReadOnlyList<FieldSpec> fields, string? description)
        {
            if (!_classes.TryGetValue(name, out var existing))
            {
                existing = new RuntimeClass(name, role, fields, description);
                _classes.Add(name, existing);
                _classOrder.Add(existing);
            }
            else if (existing.Role != role || Signature(existing.Fields) != Signature(fields))
            {
                throw new InvalidOperationException(
                    $"{user.ActionTypeId} defines {name} unlike {string.Join(", ", existing.UsedBy.Select(u => u.ActionTypeId))} does: a shared runtime type needs the same fields, in the same order, with the same facts");
            }

            if (!existing.UsedBy.Contains(user))
            {
                existing.UsedBy.Add(user);
            }

            foreach (var field in fields)
            {
                if (field.Object != null)
                {
                    AddClass(user, field.Object.TypeName, ClassRole.Object, field.Object.Fields, field.Object.Description);
                }

                if (field.EnumSpec != null)
                {
                    AddEnum(user, field.EnumSpec);
                }
            }
        }

        private void AddEnum(ConnectorTypeSpec user, EnumSpec spec)
        {
            if (!_enums.TryGetValue(spec.TypeName, out var existing))
            {
                existing = new RuntimeEnum(spec);
                _enums.Add(spec.TypeName, existing);
                _enumOrder.Add(existing);
            }
            else if (!ReferenceEquals(existing.Spec, spec))
            {
                throw new InvalidOperationException($"Two EnumSpecs are named {spec.TypeName}: define it once and share it");
            }

            if (!existing.UsedBy.Contains(user))
            {
                existing.UsedBy.Add(user);
            }
        }

        // Everything a field contributes to the emitted type and its docs.
        private static string Signature(IEnumerable<FieldSpec> fields) => string.Join("\n", fields.Select(f => string.Join("|",
            f.Name, f.Kind, f.Required, f.RequiredCondition, f.Default, f.IsSecret, f.EnumType, string.Join(",", f.Values), f.Object?.TypeName,
            f.Min?.ToString(CultureInfo.InvariantCulture), f.Max?.ToString(CultureInfo.InvariantCulture), f.Description)));
    }
}
