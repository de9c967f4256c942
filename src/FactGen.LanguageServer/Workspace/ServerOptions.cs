using System;
using FactGen.Core.Reading;

namespace FactGen.LanguageServer.Workspace;

/// <summary>What a project file says about a fact folder: where its articles are and its limits.</summary>
public sealed record ProjectFacts(string? SourcesDirectory, ReadLimits Limits);

/// <summary>
/// How the server is started. <paramref name="Sources"/> (<c>--sources</c>) wins over
/// <c>initializationOptions.sources</c>, which wins over the project found by
/// <paramref name="FindProject"/>: given a fact folder and the workspace folders, the settings of
/// the project whose facts folder it is (the CLI evaluates it with MSBuild, as
/// <c>validate --project</c> does), or null.
/// </summary>
public sealed record ServerOptions(string? Sources = null, Func<string, string[], ProjectFacts?>? FindProject = null, int DebounceMilliseconds = 20);
