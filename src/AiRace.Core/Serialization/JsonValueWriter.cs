using System.Text.Json;

namespace AiRace.Core.Serialization;

/// <summary>
/// Writes the library's values with their converters called directly, so that writing needs neither reflection nor
/// dynamic code (the library stays trimmable and ready for ahead-of-time compilation).
/// </summary>
internal static class JsonValueWriter
{
    private static readonly JsonSerializerOptions Options = new();
    private static readonly MoneyJsonConverter MoneyConverter = new();
    private static readonly ReportedAmountJsonConverter ReportedAmountConverter = new();
    private static readonly DurationRangeJsonConverter DurationRangeConverter = new();

    /// <summary>Writes money as <c>{"amount": "...", "currency": "..."}</c>.</summary>
    public static void Write(Utf8JsonWriter writer, Money value) => MoneyConverter.Write(writer, value, Options);

    /// <summary>Writes a reported amount with its qualifier, statement and the source's own conversion.</summary>
    public static void Write(Utf8JsonWriter writer, Reporting.ReportedAmount value) => ReportedAmountConverter.Write(writer, value, Options);

    /// <summary>Writes a duration range.</summary>
    public static void Write(Utf8JsonWriter writer, DurationRange value) => DurationRangeConverter.Write(writer, value, Options);
}
