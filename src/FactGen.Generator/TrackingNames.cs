namespace FactGen.Generator;

/// <summary>The name of every pipeline step, so tests can ask each one why it ran.</summary>
public static class TrackingNames
{
    public const string Settings = nameof(Settings);
    public const string Parse = nameof(Parse);
    public const string Schema = nameof(Schema);
    public const string DataFiles = nameof(DataFiles);
    public const string Sources = nameof(Sources);
    public const string BindFile = nameof(BindFile);
    public const string Bind = nameof(Bind);
    public const string Model = nameof(Model);
    public const string Diagnostics = nameof(Diagnostics);
    public const string BoundKinds = nameof(BoundKinds);
    public const string KindIds = nameof(KindIds);
    public const string Kinds = nameof(Kinds);
    public const string IdTables = nameof(IdTables);
    public const string Groups = nameof(Groups);
    public const string Chunks = nameof(Chunks);
    public const string Shape = nameof(Shape);
    public const string Language = nameof(Language);
    public const string Inputs = nameof(Inputs);
    public const string Namespace = nameof(Namespace);
}
