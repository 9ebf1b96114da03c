using System.Collections.Generic;

namespace KibanaConnectors
{
    /// <summary>Resolves a map of secrets (webhook <c>secretHeaders</c>): each value under <c>field.key</c>, the name its keystore key and errors use.</summary>
    internal static class SecretMap
    {
        internal static IReadOnlyDictionary<string, Secret>? Resolve(IReadOnlyDictionary<string, Secret>? secrets, ISecretSource source, string connectorId, string field)
        {
            if (secrets == null)
            {
                return null;
            }

            var resolved = new Dictionary<string, Secret>(secrets.Count);
            foreach (var pair in secrets)
            {
                resolved.Add(pair.Key, pair.Value.Resolve(source, connectorId, field + "." + pair.Key));
            }

            return resolved;
        }
    }
}
