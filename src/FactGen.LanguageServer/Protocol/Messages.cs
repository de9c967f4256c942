using System.Collections.Generic;
using System.Text.Json;

namespace FactGen.LanguageServer.Protocol;

// The parts of the Language Server Protocol 3.17 this server reads and writes, as plain records.
// Serialized by System.Text.Json with camelCase names and nulls left out (JsonRpcHost); 0-based
// lines and UTF-16 character offsets, as LSP's default position encoding has them.

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, string Text);

public sealed record VersionedTextDocumentIdentifier(string Uri, int? Version);

/// <summary>A change: the whole text when <see cref="Range"/> is null (full sync), else the range's replacement (incremental).</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

public sealed record WorkspaceFolder(string Uri, string? Name);

public sealed record InitializeParams(int? ProcessId, string? RootUri, string? RootPath, WorkspaceFolder[]? WorkspaceFolders, JsonElement? InitializationOptions);

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

/// <param name="Type">1 created, 2 changed, 3 deleted.</param>
public sealed record FileEvent(string Uri, int Type);

public sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

public sealed record WorkspaceSymbolParams(string? Query);

public sealed record CodeActionContext(Diagnostic[]? Diagnostics);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

public sealed record CodeDescription(string Href);

/// <param name="Severity">1 error, 2 warning, 3 information, 4 hint.</param>
public sealed record Diagnostic(Range Range, int Severity, string Code, string Source, string Message, CodeDescription? CodeDescription = null);

public sealed record PublishDiagnosticsParams(string Uri, Diagnostic[] Diagnostics);

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

public sealed record Hover(MarkupContent Contents, Range? Range);

public sealed record TextEdit(Range Range, string NewText);

public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

/// <param name="Kind">LSP's CompletionItemKind: 12 value, 10 property, 18 reference, 20 enum member, 17 file, 21 constant, 1 text.</param>
public sealed record CompletionItem(string Label, int Kind, string? Detail = null, MarkupContent? Documentation = null, string? InsertText = null, string? FilterText = null, string? SortText = null, TextEdit? TextEdit = null);

public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

/// <param name="Kind">LSP's SymbolKind: 19 object (a fact), 5 class (a kind).</param>
public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange);

public sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);

public sealed record CodeAction(string Title, string Kind, Diagnostic[]? Diagnostics, WorkspaceEdit Edit, bool? IsPreferred = null);
