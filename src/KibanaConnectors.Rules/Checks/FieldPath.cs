using System.Globalization;

namespace KibanaConnectors.Rules.Checks
{
    /// <summary>
    /// A field's path in messages, such as <c>config.port</c>, kept as its two parts and joined only when a message
    /// needs it: most fields pass their checks, and joining the path of every field cost a string each.
    /// </summary>
    internal readonly struct FieldPath
    {
        private readonly string _head;
        private readonly string _tail;

        /// <param name="head">The start, such as <c>config.</c>.</param>
        /// <param name="tail">The rest, such as the field's name.</param>
        public FieldPath(string head, string tail)
        {
            _head = head;
            _tail = tail;
        }

        /// <summary>The path of a key in the map at this path: <c>config.headers</c> -> <c>config.headers.Accept</c>.</summary>
        public FieldPath Child(string key) => new FieldPath(ToString() + ".", key);

        /// <summary>The path of an item of the list at this path: <c>config.list</c> -> <c>config.list[0]</c>.</summary>
        public FieldPath Item(int index) => new FieldPath(ToString(), "[" + index.ToString(CultureInfo.InvariantCulture) + "]");

        /// <summary>The path as written in messages.</summary>
        public override string ToString() => _head + _tail;
    }
}
