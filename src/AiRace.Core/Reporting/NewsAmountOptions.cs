namespace AiRace.Core.Reporting;

/// <summary>How <see cref="NewsAmountParser"/> reads currency symbols that more than one currency uses.</summary>
public sealed record NewsAmountOptions
{
    /// <summary>The defaults: '$' is the US dollar; '¥' has no default and is an error.</summary>
    public static NewsAmountOptions Default { get; } = new();

    /// <summary>What a bare '$' means; the US dollar unless stated otherwise. ("US$", "HK$" and "NT$" are never ambiguous.)</summary>
    public Currency DollarSign { get; init; } = Currency.USD;

    /// <summary>What '¥' means: the yuan (CNY) or the yen (JPY). Null (the default) makes '¥' an error, because the
    /// symbol is ambiguous.</summary>
    public Currency? YenSign { get; init; }
}
