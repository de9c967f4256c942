using System.Globalization;
using System.Text;

namespace FactGen.Generator.Emit;

/// <summary>
/// Writes one fact's values as a line of UTF-8 data inside a C# <c>"..."u8</c> literal, in the format
/// <c>FactData.Data_Reader</c> reads back at run time: numbers in ASCII digits, a string as its UTF-8
/// byte count, ':' and its bytes, <c>~</c> for no value, every value followed by '|' and the fact by a
/// line feed. The bytes land in the assembly's data section, not its string heap (16 MB at most),
/// and the code that reads them is the same few methods for 10 facts or 100,000.
/// </summary>
internal sealed class DataLine
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly StringBuilder _builder = new();

    /// <summary>How many bytes the line is in the assembly: where the next line starts.</summary>
    public int ByteCount { get; private set; }

    public DataLine Start()
    {
        _builder.Clear().Append('"');
        ByteCount = 0;
        return this;
    }

    public DataLine Int(int value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        _builder.Append(digits).Append('|');
        ByteCount += digits.Length + 1;
        return this;
    }

    public DataLine None()
    {
        _builder.Append("~|");
        ByteCount += 2;
        return this;
    }

    public DataLine String(string value)
    {
        // A lone surrogate has no UTF-8 form: the reader refuses one in YAML, and here it becomes
        // U+FFFD both in the count and in the literal, so count and bytes always agree.
        var bytes = Utf8.GetBytes(value);
        var text = Utf8.GetString(bytes);
        var count = bytes.Length.ToString(CultureInfo.InvariantCulture);
        _builder.Append(count).Append(':');
        ByteCount += count.Length + 1 + bytes.Length + 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': _builder.Append("\\\""); break;
                case '\\': _builder.Append("\\\\"); break;
                case '\n': _builder.Append("\\n"); break;
                case '\r': _builder.Append("\\r"); break;
                case '\t': _builder.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        _builder.Append("\\U").Append(char.ConvertToUtf32(c, text[++i]).ToString("X8", CultureInfo.InvariantCulture));
                    }
                    else if (CSharp.IsPlain(c)) _builder.Append(c);
                    else _builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }
        _builder.Append('|');
        return this;
    }

    public DataLine Decimal(decimal value) => String(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The line as a C# literal, ending the fact with a line feed.</summary>
    public string End()
    {
        ByteCount++;
        return _builder.Append("\\n\"u8").ToString();
    }
}
