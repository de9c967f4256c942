using FactGen.Core.Binding;
using FactGen.Core.Collections;
using FactGen.Core.Options;
using FactGen.Core.Reading;
using FactGen.Core.Schema;
using FactGen.Generator.Emit;

namespace FactGen.Generator;

// What each step of FactGenerator's pipeline takes, named, instead of Roslyn's nested
// (Left, Right) pairs. Each is a cached value, so each must have value equality.

/// <summary>One data file and the schema to bind it against.</summary>
public sealed record FileToBind(ParsedFile File, SchemaModel Schema);

/// <summary>Everything the corpus step joins: every bound data file in path order, the schema, the articles and the limits.</summary>
public sealed record CorpusToJoin(EquatableArray<FileBinding> Files, SchemaModel Schema, EquatableArray<SourceDocument> Sources, ReadLimits Limits);

/// <summary>One kind's ids to index, with every kind's schema (for the file's name) and the options.</summary>
public sealed record IdsToIndex(KindIds Ids, EquatableArray<KindSchema> Schemas, EmitOptions Options);

/// <summary>One kind to emit, with every kind's ids (for the slots it points at), the project's options and the schema's unions.</summary>
public sealed record KindToEmit(BoundKind Kind, EquatableArray<KindIds> Ids, EmitOptions Options, EquatableArray<UnionSchema> Unions);

/// <summary>The project's C# version and target framework, and whether it has fact files (a schema
/// alone counts: its types would be generated too).</summary>
public sealed record LanguageCheck(int LanguageVersion, TargetFramework Framework, bool HasFactFiles);

/// <summary>How many fact files and articles the build handed over, and the folders the project named for them.</summary>
public sealed record InputCounts(int FactFiles, int Articles, ProjectFolders? Folders);
