using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactGen.Core;
using FactGen.LanguageServer.Protocol;
using FactGen.LanguageServer.Workspace;

using Range = FactGen.LanguageServer.Protocol.Range;

namespace FactGen.LanguageServer.Features;

/// <summary>A request the server refuses, with the reason the editor shows.</summary>
internal sealed class RequestRefusedException(string message) : Exception(message);

/// <summary>Renames a fact's id: its <c>id:</c> and every place that names it, in every file, as one workspace edit.</summary>
internal static class RenameProvider
{
    public static WorkspaceEdit? Rename(OpenFile file, Position position, string newName, Func<string, string> uriOf)
    {
        if (NavigationProvider.IdAt(file, position) is not { } id || file.Snapshot.Fact(id) is not { } fact) return null;
        if (!Naming.IsSlug(newName))
        {
            throw new RequestRefusedException($"'{newName}' is not a valid id: use lowercase letters and digits in words joined by single hyphens (antony-blinken)");
        }
        if (newName != id && file.Snapshot.Fact(newName) is { } taken)
        {
            throw new RequestRefusedException($"The id '{newName}' is taken: the {taken.Kind.Name} at {Path.GetFileName(taken.IdSpan.Path)}:{taken.IdSpan.Line} has it");
        }
        var spans = new[] { fact.IdSpan }.Concat(file.Snapshot.ReferencesTo(id).Select(r => r.Reference.Span));
        var changes = new Dictionary<string, TextEdit[]>(StringComparer.Ordinal);
        foreach (var group in spans.GroupBy(s => s.Path, StringComparer.Ordinal))
        {
            changes[uriOf(group.Key)] = group.Select(s => new TextEdit(DocumentText.RangeOf(s), newName)).ToArray();
        }
        return new WorkspaceEdit(changes);
    }
}
