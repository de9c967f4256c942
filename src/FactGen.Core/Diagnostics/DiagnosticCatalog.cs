namespace FactGen.Core.Diagnostics;

/// <summary>
/// Every diagnostic FactGen reports, in ID order. IDs are never reused: see
/// AnalyzerReleases.Shipped.md. Each has a page in docs/diagnostics/.
/// </summary>
public static class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor YamlSyntaxError = new("FG0001", FactDiagnosticSeverity.Error, "Syntax", "Invalid YAML", @"The file is not valid YAML: {0}");
    public static readonly DiagnosticDescriptor DuplicateKey = new("FG0002", FactDiagnosticSeverity.Error, "Syntax", "Duplicate key in a mapping", @"The key '{0}' appears more than once in this mapping; its first use is at line {1}");
    public static readonly DiagnosticDescriptor UnknownShape = new("FG0003", FactDiagnosticSeverity.Error, "Syntax", "Not a fact file", @"A fact file is a mapping with 'kind:' (a kind from the schema) and 'facts:' (a list of facts)");
    public static readonly DiagnosticDescriptor UnknownKind = new("FG0004", FactDiagnosticSeverity.Error, "Binding", "Unknown kind", @"The kind '{0}' is not declared in the schema{1}");
    public static readonly DiagnosticDescriptor MissingRequiredField = new("FG0005", FactDiagnosticSeverity.Error, "Binding", "Missing required field", @"The {0} '{1}' has no '{2}', which is required");
    public static readonly DiagnosticDescriptor UnknownField = new("FG0006", FactDiagnosticSeverity.Error, "Binding", "Unknown field", @"The kind {0} has no field '{1}'{2}");
    public static readonly DiagnosticDescriptor WrongValueType = new("FG0007", FactDiagnosticSeverity.Error, "Binding", "Value of the wrong type", @"The field '{0}' expects {1}, but the value is {2}");
    public static readonly DiagnosticDescriptor InvalidEnumValue = new("FG0008", FactDiagnosticSeverity.Error, "Binding", "Invalid enum value", @"'{0}' is not a value of '{1}'; allowed values: {2}{3}");
    public static readonly DiagnosticDescriptor InvalidDate = new("FG0009", FactDiagnosticSeverity.Error, "Binding", "Invalid date", @"'{0}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD with a real month and day");
    public static readonly DiagnosticDescriptor InvalidUrl = new("FG0010", FactDiagnosticSeverity.Error, "Binding", "Invalid url", @"'{0}' is not an absolute http or https URL");
    public static readonly DiagnosticDescriptor InvalidId = new("FG0011", FactDiagnosticSeverity.Error, "Binding", "Invalid id", @"'{0}' is not a valid id: use lowercase letters and digits in words joined by single hyphens (antony-blinken)");
    public static readonly DiagnosticDescriptor DuplicateId = new("FG0012", FactDiagnosticSeverity.Error, "Binding", "Duplicate id", @"The id '{0}' is used more than once; the other use is at {1}");
    public static readonly DiagnosticDescriptor UnresolvedReference = new("FG0013", FactDiagnosticSeverity.Error, "Binding", "Reference to an unknown id", @"No {0} has the id '{1}'{2}");
    public static readonly DiagnosticDescriptor ReferenceToWrongKind = new("FG0014", FactDiagnosticSeverity.Error, "Binding", "Reference to a fact of the wrong kind", @"The field '{0}' must name a {1}, but '{2}' is a {3}");
    public static readonly DiagnosticDescriptor NameCollision = new("FG0015", FactDiagnosticSeverity.Error, "Binding", "Two names become the same C# name", @"'{0}' becomes the C# name '{1}', {2}");
    public static readonly DiagnosticDescriptor UnknownSource = new("FG0016", FactDiagnosticSeverity.Error, "Citations", "Citation of an unknown source", @"The citation names the source '{0}', but no source has that id{1}");
    public static readonly DiagnosticDescriptor ParagraphOutOfRange = new("FG0017", FactDiagnosticSeverity.Error, "Citations", "Paragraph out of range", @"The source '{0}' has paragraphs 0 to {1}; there is no paragraph {2}");
    public static readonly DiagnosticDescriptor QuoteNotFound = new("FG0018", FactDiagnosticSeverity.Error, "Citations", "Quote not found in the paragraph", @"The quote is not in paragraph {0} of '{1}'; {2}");
    public static readonly DiagnosticDescriptor MissingCitation = new("FG0019", FactDiagnosticSeverity.Error, "Citations", "Fact without a citation", @"The {0} '{1}' cites no source; every fact except a source needs at least one citation");
    public static readonly DiagnosticDescriptor InferredWithoutNote = new("FG0020", FactDiagnosticSeverity.Error, "Citations", "Inferred fact without a note", @"The {0} '{1}' is inferred but has no note explaining the inference");
    public static readonly DiagnosticDescriptor UnknownFieldType = new("FG0021", FactDiagnosticSeverity.Error, "Schema", "Unknown field type", @"The field '{0}' has the unknown type '{1}'; use one of: {2}");
    public static readonly DiagnosticDescriptor UndeclaredKindReference = new("FG0022", FactDiagnosticSeverity.Error, "Schema", "Reference to an undeclared kind", @"The field '{0}' refers to the kind '{1}', which the schema does not declare{2}");
    public static readonly DiagnosticDescriptor InverseClash = new("FG0023", FactDiagnosticSeverity.Error, "Schema", "Inverse navigation clashes", @"The inverse '{0}' on {1} clashes with {2}");
    public static readonly DiagnosticDescriptor FileTooLarge = new("FG0024", FactDiagnosticSeverity.Error, "Limits", "File too large", @"The file is {0} characters long, over the limit of {1} (FactGenMaxFileSize)");
    public static readonly DiagnosticDescriptor NestingTooDeep = new("FG0025", FactDiagnosticSeverity.Error, "Limits", "Nesting too deep", @"The YAML nests deeper than {0} levels (FactGenMaxDepth)");
    public static readonly DiagnosticDescriptor AliasExpansionTooLarge = new("FG0026", FactDiagnosticSeverity.Error, "Limits", "Alias expansion too large", @"Expanding aliases would make more than {0} nodes (FactGenMaxNodes); the file may be an alias bomb");
    public static readonly DiagnosticDescriptor TooManyFacts = new("FG0027", FactDiagnosticSeverity.Error, "Limits", "Too many facts", @"The corpus has {0} facts, over the limit of {1} (FactGenMaxFacts)");
    public static readonly DiagnosticDescriptor UncitedParagraph = new("FG0028", FactDiagnosticSeverity.Warning, "Citations", "Paragraph cited by no fact", @"Paragraph {0} of '{1}' is cited by no fact");
    public static readonly DiagnosticDescriptor MissingSchema = new("FG0029", FactDiagnosticSeverity.Error, "Schema", "No schema", @"No {0} was found among the fact files; it declares the kinds of fact");
    public static readonly DiagnosticDescriptor InvalidSchema = new("FG0030", FactDiagnosticSeverity.Error, "Schema", "Schema without kinds", @"The schema must be a mapping with a 'kinds:' mapping of kind names to their declarations; this file is {0}");
    public static readonly DiagnosticDescriptor SourceFileMissing = new("FG0031", FactDiagnosticSeverity.Error, "Citations", "Source file not found", @"The source '{0}' names the file '{1}', which is not among the source files given");
    public static readonly DiagnosticDescriptor MultipleDocuments = new("FG0032", FactDiagnosticSeverity.Error, "Syntax", "More than one YAML document", @"A fact file holds one YAML document; this is a second one");
    public static readonly DiagnosticDescriptor UnpairedSurrogate = new("FG0033", FactDiagnosticSeverity.Error, "Syntax", "Half a surrogate pair in the text", @"The file holds U+{0}, half of a surrogate pair without its other half, at line {1}, column {2}: it is not Unicode text");

    public static readonly DiagnosticDescriptor InternalError = new("FG0034", FactDiagnosticSeverity.Error, "Internal", "FactGen failed unexpectedly", @"FactGen failed unexpectedly while {0}: {1}. Please report this with the file that caused it");
    public static readonly DiagnosticDescriptor InvalidOption = new("FG0035", FactDiagnosticSeverity.Error, "Options", "Invalid MSBuild property", @"The MSBuild property {0} is '{1}': {2}");
    public static readonly DiagnosticDescriptor LanguageVersionTooOld = new("FG0036", FactDiagnosticSeverity.Error, "Options", "C# version too old for the generated model", @"The generated fact model needs C# {0} or later (it stores fact data in UTF-8 string literals); this project compiles C# {1}. {2}");

    public static readonly DiagnosticDescriptor MultipleSchemas = new("FG0037", FactDiagnosticSeverity.Error, "Schema", "More than one schema file", @"There is more than one schema file; FactGen uses '{0}' and ignores this one");
    public static readonly DiagnosticDescriptor NonScalarKey = new("FG0038", FactDiagnosticSeverity.Error, "Syntax", "A mapping key that is not a plain value", @"A mapping key must be a plain value, not a list or mapping");
    public static readonly DiagnosticDescriptor ChecksSkipped = new("FG0039", FactDiagnosticSeverity.Warning, "Binding", "Checks skipped for a file that could not be bound", @"{0} could not be bound, so FactGen did not check {1}; fix that first");

    public static readonly DiagnosticDescriptor UngroundedReference = new("FG0040", FactDiagnosticSeverity.Warning, "Provenance", "Reference not grounded in the cited text", @"The {0} '{1}' in '{2}' is not named in {3}; searched for {4}. Cite a paragraph that names it, add the name the article uses to the 'aliases' of '{1}', {5}or list '{2}' in the 'inferred' of '{6}' with a note that says how it is known");
    public static readonly DiagnosticDescriptor PerSourceKeyNotASource = new("FG0041", FactDiagnosticSeverity.Error, "Provenance", "Per-source value keyed by something that is not a source", @"'{0}' is not a source: a value per source is keyed by the id of a source{1}");
    public static readonly DiagnosticDescriptor PerSourceSourceNotCited = new("FG0042", FactDiagnosticSeverity.Error, "Provenance", "Per-source value for a source the fact does not cite", @"The {0} '{1}' gives a value for the source '{2}' but cites no paragraph of it; cite the paragraph that states the value");
    public static readonly DiagnosticDescriptor PerSourceNotAllowed = new("FG0043", FactDiagnosticSeverity.Error, "Provenance", "Value per source on a field that takes one value", @"The field '{0}' of {1} takes one value, not a value per source; give one value, or mark the field 'perSource: true' in the schema");
    public static readonly DiagnosticDescriptor UnknownUnionMember = new("FG0044", FactDiagnosticSeverity.Error, "Schema", "Union member that is not a kind", @"The union '{0}' lists '{1}', which is not a kind the schema declares{2}");
    public static readonly DiagnosticDescriptor UnionClash = new("FG0045", FactDiagnosticSeverity.Error, "Schema", "Union that would not compile", @"The union '{0}' cannot be compiled: {1}");
    public static readonly DiagnosticDescriptor NoArticlesInSourcesDirectory = new("FG0050", FactDiagnosticSeverity.Error, "Options", "Sources folder missing or empty", @"FactGenSourcesDirectory is '{0}', but the build found no article (*.txt) there: the folder does not exist or holds no .txt files, so no quote is checked. Correct the path (relative to the project file) or remove the property");
    public static readonly DiagnosticDescriptor NoFactFiles = new("FG0051", FactDiagnosticSeverity.Warning, "Options", "No fact files", @"FactGen found no fact files: no *.yaml or *.yml file under '{0}' (FactGenFactsDirectory) and no AdditionalFiles item marked FactGenFact=""true"". Put schema.yaml and the fact files in that folder, or set FactGenFactsDirectory to the folder that holds them");
    public static readonly DiagnosticDescriptor NamespaceNamedLikeType = new("FG0052", FactDiagnosticSeverity.Warning, "Options", "Namespace named like a generated type", @"The generated types are in the namespace '{0}', and FactGen also generates a type named '{1}' ({2}): in that namespace '{1}.' names the type, not the namespace, and code gets CS0234 or CS0426. Set <FactGenNamespace> to a namespace without that part (for example '{3}'){4}");

    // Issue 25 split the messages that were free text ("{0}") under FG0003, FG0029 and FG0030, and
    // FG0007's use for schema flags, into one ID per message format.
    public static readonly DiagnosticDescriptor UnknownFileKey = new("FG0053", FactDiagnosticSeverity.Error, "Syntax", "Unknown key at the top of a fact file", @"A fact file has only 'kind:' and 'facts:' at the top, not '{0}'");
    public static readonly DiagnosticDescriptor FactsNotAList = new("FG0054", FactDiagnosticSeverity.Error, "Syntax", "Facts that are not a list", @"'facts:' must be a list of facts, each starting with '- id:'");
    public static readonly DiagnosticDescriptor FactNotAMapping = new("FG0055", FactDiagnosticSeverity.Error, "Syntax", "Fact that is not a mapping", @"Each fact is a mapping of fields, starting with 'id:'");
    public static readonly DiagnosticDescriptor UnknownSchemaKey = new("FG0056", FactDiagnosticSeverity.Error, "Schema", "Unknown key in the schema", @"The {0} has the unknown key '{1}'{2}");
    public static readonly DiagnosticDescriptor InvalidSchemaName = new("FG0057", FactDiagnosticSeverity.Error, "Schema", "Schema name that is not a C# name", @"The {0} must be a {1} C# name ({2}); it is {3}");
    public static readonly DiagnosticDescriptor SchemaEntryShape = new("FG0058", FactDiagnosticSeverity.Error, "Schema", "Schema entry of the wrong shape", @"The {0} must be {1}");
    public static readonly DiagnosticDescriptor FieldOptionNotAllowed = new("FG0059", FactDiagnosticSeverity.Error, "Schema", "Field option its type does not allow", @"The field '{0}' cannot {1}: {2}");
    public static readonly DiagnosticDescriptor FieldNameTaken = new("FG0060", FactDiagnosticSeverity.Error, "Schema", "Field name taken", @"The field name '{0}' is taken: every fact has id, citations, basis, note, aliases and inferred, and a field may not share its kind's name or a generated member's");
    public static readonly DiagnosticDescriptor EnumWithoutValues = new("FG0061", FactDiagnosticSeverity.Error, "Schema", "Enum field without values", @"The enum field '{0}' needs a 'values' list");
    public static readonly DiagnosticDescriptor InvalidEnumValueName = new("FG0062", FactDiagnosticSeverity.Error, "Schema", "Enum value that is not a distinct slug", @"The enum values of '{0}' must be distinct lowercase slugs; {1}");
    public static readonly DiagnosticDescriptor InvalidSourceKind = new("FG0063", FactDiagnosticSeverity.Error, "Schema", "No single source kind with a file", @"Exactly one kind must be marked 'source: true', with a 'file' field of type string (the file name of the article): {0}");
    public static readonly DiagnosticDescriptor SchemaFlagNotBool = new("FG0064", FactDiagnosticSeverity.Error, "Schema", "Schema flag that is not true or false", @"'{0}' takes true or false, not '{1}'");
    public static readonly DiagnosticDescriptor ReplacementCharacter = new("FG0065", FactDiagnosticSeverity.Error, "Syntax", "Replacement character in the text", @"The file holds U+FFFD at line {0}, column {1}: bytes that are not valid UTF-8 (or UTF-16) were replaced there when the file was decoded, or the character was typed. FactGen reads UTF-8, or UTF-16 with a byte order mark, and never lets a value change silently: save the file as UTF-8, and write a wanted U+FFFD as the escape ""\uFFFD""");
    public static readonly DiagnosticDescriptor UnreadableFile = new("FG0066", FactDiagnosticSeverity.Error, "Syntax", "File that could not be read", @"The file could not be read as text: it could not be opened, or it is binary (not UTF-8, and two NUL characters in a row once decoded)");
    public static readonly DiagnosticDescriptor BlankQuote = new("FG0067", FactDiagnosticSeverity.Error, "Citations", "Blank quote", @"The quote is blank: it holds no words once white space is folded, and every paragraph would contain it; quote the words of paragraph {0} of '{1}' that state the fact");
    public static readonly DiagnosticDescriptor BuiltInFieldInferred = new("FG0068", FactDiagnosticSeverity.Error, "Provenance", "Built-in entry listed as inferred", @"'{0}' is an entry every fact has, not a field of {1} whose value could be inferred: 'inferred' lists fields of {1} ({2})");
    public static readonly DiagnosticDescriptor InferredFieldsWithoutNote = new("FG0069", FactDiagnosticSeverity.Error, "Provenance", "Inferred fields without a note", @"The {0} '{1}' lists inferred fields ({2}) but has no note saying how their values are known");
    public static readonly DiagnosticDescriptor EmptyPerSourceList = new("FG0070", FactDiagnosticSeverity.Error, "Provenance", "Empty list for a source of a required field", @"The required field '{0}' has an empty list for the source '{1}': an empty list is no value; give the values that source states, or leave the source out");

    public static readonly DiagnosticDescriptor UnnamedArticle = new("FG0071", FactDiagnosticSeverity.Warning, "Citations", "Article that no source names", @"The article '{0}' is in the sources folder, but no {1} names it, so no fact can cite it and none of it is checked. Add a {1} with 'file: {0}', or move the file out of the sources folder");
    // Issue 29: grounding by the rule a field declares, and aliases that are names.
    public static readonly DiagnosticDescriptor NoSharedParagraph = new("FG0072", FactDiagnosticSeverity.Warning, "Provenance", "Reference that shares no paragraph with the referring fact", @"The {0} '{1}' in '{2}' {3}, and shares no paragraph with {4}; it cites {5}. Cite in both facts the paragraph that ties them, {6}or list '{2}' in the 'inferred' of '{7}' with a note that says how it is known");
    public static readonly DiagnosticDescriptor AliasOfAnotherFact = new("FG0073", FactDiagnosticSeverity.Warning, "Provenance", "Alias that is another fact's name", @"The alias '{0}' of '{1}' is also {2} of the {3} '{4}': a paragraph that names one grounds a reference to either. Remove it unless the articles use it as a name of '{1}'; a deliberate metonymy (a capital for its government) is declared as {{ name: {0}, metonymyOf: {4} }}");
    public static readonly DiagnosticDescriptor AliasRepeated = new("FG0074", FactDiagnosticSeverity.Warning, "Provenance", "Alias repeated within a fact", @"The alias '{0}' of '{1}' repeats {2}; remove it");
    public static readonly DiagnosticDescriptor MetonymyWithoutThatName = new("FG0075", FactDiagnosticSeverity.Warning, "Provenance", "Metonymy of a fact that does not have that name", @"The alias '{0}' of '{1}' is declared a metonymy of '{2}', but no fact '{2}' has the name or alias '{0}'. Name the fact whose name '{0}' is, or make it a plain alias");
    public static readonly DiagnosticDescriptor PerSourcePartiesDiffer = new("FG0076", FactDiagnosticSeverity.Warning, "Provenance", "Per-source values that name two different parties", @"The '{0}' of '{1}' is the {2} '{3}' in '{4}' but the {2} '{5}' in '{6}': two facts of one kind are two parties, not one party in other words. Give the one fact of that party for every source (its other names as aliases), or, if the articles attribute this to different parties, make a fact for each");

    public static readonly DiagnosticDescriptor[] All =
    [
        YamlSyntaxError,
        DuplicateKey,
        UnknownShape,
        UnknownKind,
        MissingRequiredField,
        UnknownField,
        WrongValueType,
        InvalidEnumValue,
        InvalidDate,
        InvalidUrl,
        InvalidId,
        DuplicateId,
        UnresolvedReference,
        ReferenceToWrongKind,
        NameCollision,
        UnknownSource,
        ParagraphOutOfRange,
        QuoteNotFound,
        MissingCitation,
        InferredWithoutNote,
        UnknownFieldType,
        UndeclaredKindReference,
        InverseClash,
        FileTooLarge,
        NestingTooDeep,
        AliasExpansionTooLarge,
        TooManyFacts,
        UncitedParagraph,
        MissingSchema,
        InvalidSchema,
        SourceFileMissing,
        MultipleDocuments,
        UnpairedSurrogate,
        InternalError,
        InvalidOption,
        LanguageVersionTooOld,
        MultipleSchemas,
        NonScalarKey,
        ChecksSkipped,
        UngroundedReference,
        PerSourceKeyNotASource,
        PerSourceSourceNotCited,
        PerSourceNotAllowed,
        UnknownUnionMember,
        UnionClash,
        NoArticlesInSourcesDirectory,
        NoFactFiles,
        NamespaceNamedLikeType,
        UnknownFileKey,
        FactsNotAList,
        FactNotAMapping,
        UnknownSchemaKey,
        InvalidSchemaName,
        SchemaEntryShape,
        FieldOptionNotAllowed,
        FieldNameTaken,
        EnumWithoutValues,
        InvalidEnumValueName,
        InvalidSourceKind,
        SchemaFlagNotBool,
        ReplacementCharacter,
        UnreadableFile,
        BlankQuote,
        BuiltInFieldInferred,
        InferredFieldsWithoutNote,
        EmptyPerSourceList,
        UnnamedArticle,
        NoSharedParagraph,
        AliasOfAnotherFact,
        AliasRepeated,
        MetonymyWithoutThatName,
        PerSourcePartiesDiffer,
    ];
}
