using static FactGen.Core.GeneratedNames;
using static FactGen.Generator.Emit.Json.JsonNames;

namespace FactGen.Generator.Emit.Json;

/// <summary>
/// The constant part of <c>FactJsonContext.Converters</c>: the polymorphic converter for
/// <c>IFact</c> and the unions (the fact with its kind first), the one for lists of facts, the
/// citation's, and what every record writes after its own fields. Only the namespace varies.
/// </summary>
internal static class JsonConvertersTemplate
{
    public const string ReadNotSupported = "ReadNotSupported";

    public static string Text(string fact, string citation, string basis) => $$"""
        private static readonly {{Encoded}} s_kind = {{Encoded}}.Encode("kind");
        private static readonly {{Encoded}} s_id = {{Encoded}}.Encode("id");
        private static readonly {{Encoded}} s_aliases = {{Encoded}}.Encode("aliases");
        private static readonly {{Encoded}} s_inferred = {{Encoded}}.Encode("inferred");
        private static readonly {{Encoded}} s_basis = {{Encoded}}.Encode("basis");
        private static readonly {{Encoded}} s_inferredBasis = {{Encoded}}.Encode("inferred");
        private static readonly {{Encoded}} s_note = {{Encoded}}.Encode("note");
        private static readonly {{Encoded}} s_citations = {{Encoded}}.Encode("citations");
        private static readonly {{Encoded}} s_source = {{Encoded}}.Encode("source");
        private static readonly {{Encoded}} s_paragraph = {{Encoded}}.Encode("paragraph");
        private static readonly {{Encoded}} s_quote = {{Encoded}}.Encode("quote");

        /// <summary>Writes any fact, or a union's member, with its kind first: <c>{"kind":"Person","id":...}</c>.</summary>
        /// <typeparam name="T"><c>{{FactInterface}}</c> or a union's interface.</typeparam>
        public sealed class FactConverter<T> : {{Converter}}<T> where T : class, {{fact}}
        {
            /// <inheritdoc/>
            public override T Read(ref {{Reader}} reader, global::System.Type typeToConvert, {{Options}} options) => throw {{ReadNotSupported}}(typeToConvert);

            /// <inheritdoc/>
            public override void Write({{Writer}} writer, T value, {{Options}} options) => WriteFact(writer, value, withKind: true);
        }

        /// <summary>Writes a list of facts as an array; a list of an interface (<c>{{FactInterface}}</c>, a union) writes each fact's kind.</summary>
        /// <typeparam name="T">A record, <c>{{FactInterface}}</c> or a union's interface.</typeparam>
        public sealed class FactListConverter<T> : {{Converter}}<{{TypeNames.ReadOnlyList}}<T>> where T : class, {{fact}}
        {
            /// <inheritdoc/>
            public override {{TypeNames.ReadOnlyList}}<T> Read(ref {{Reader}} reader, global::System.Type typeToConvert, {{Options}} options) => throw {{ReadNotSupported}}(typeToConvert);

            /// <inheritdoc/>
            public override void Write({{Writer}} writer, {{TypeNames.ReadOnlyList}}<T> value, {{Options}} options)
            {
                var withKind = typeof(T).IsInterface;
                writer.WriteStartArray();
                for (var i = 0; i < value.Count; i++) WriteFact(writer, value[i], withKind);
                writer.WriteEndArray();
            }
        }

        /// <summary>Writes a citation as the YAML holds it: <c>{ source, paragraph, quote }</c>, the source by id.</summary>
        public sealed class CitationConverter : {{Converter}}<{{citation}}>
        {
            /// <inheritdoc/>
            public override {{citation}} Read(ref {{Reader}} reader, global::System.Type typeToConvert, {{Options}} options) => throw {{ReadNotSupported}}(typeToConvert);

            /// <inheritdoc/>
            public override void Write({{Writer}} writer, {{citation}} value, {{Options}} options) => WriteCitation(writer, value);
        }

        internal static void WriteCitation({{Writer}} writer, {{citation}} citation)
        {
            writer.WriteStartObject();
            writer.WriteString(s_source, citation.Source.{{Id}});
            writer.WriteNumber(s_paragraph, citation.Paragraph);
            writer.WriteString(s_quote, citation.Quote);
            writer.WriteEndObject();
        }

        /// <summary>
        /// What every fact has after its own fields, each left out when empty, as in the YAML. Lists
        /// are walked by index: a foreach over an interface would allocate an enumerator each time.
        /// </summary>
        internal static void WriteBuiltIns({{Writer}} writer, {{fact}} fact, global::System.Func<string, string> fieldName)
        {
            if (fact.{{Aliases}}.Count > 0)
            {
                writer.WritePropertyName(s_aliases);
                writer.WriteStartArray();
                for (var i = 0; i < fact.{{Aliases}}.Count; i++) writer.WriteStringValue(fact.{{Aliases}}[i]);
                writer.WriteEndArray();
            }
            if (fact.{{InferredFields}}.Count > 0)
            {
                writer.WritePropertyName(s_inferred);
                writer.WriteStartArray();
                for (var i = 0; i < fact.{{InferredFields}}.Count; i++) writer.WriteStringValue(fieldName(fact.{{InferredFields}}[i]));
                writer.WriteEndArray();
            }
            if (fact.{{Basis}} == {{basis}}.Inferred) writer.WriteString(s_basis, s_inferredBasis);
            if (fact.{{Note}} is { } note) writer.WriteString(s_note, note);
            if (fact.{{Citations}}.Count > 0)
            {
                writer.WritePropertyName(s_citations);
                writer.WriteStartArray();
                var citations = fact.{{Citations}};
                for (var i = 0; i < citations.Count; i++) WriteCitation(writer, citations[i]);
                writer.WriteEndArray();
            }
        }

        private static global::System.NotSupportedException {{ReadNotSupported}}(global::System.Type type) =>
            new("FactGen writes facts as JSON but does not read them back (" + type.Name + "): the facts are compiled from the YAML. Find one by its id with FactCatalog.Get.");
        """;
}
