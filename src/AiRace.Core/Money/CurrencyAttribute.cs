using System;

namespace AiRace.Core;

/// <summary>
/// States the currency of a money value where the code cannot show it: a field, property or parameter read from a
/// file, a method's return value, or the elements of a collection of money (the values of a dictionary). The library
/// does nothing with it at run time; the AiRace analyzers trust it where the value is used and check it wherever the
/// value is written: an assignment, a return, an argument, an element added (AIR0001).
/// </summary>
/// <example>
/// <code>
/// [Currency("CNY")] public Money Budget { get; init; }
/// [Currency("USD")] public Dictionary&lt;string, Money&gt; CapexByRegion { get; } = new();
/// [return: Currency("CNY")] public Money Total() => …;
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false, Inherited = true)]
public sealed class CurrencyAttribute : Attribute
{
    /// <summary>States the currency of the annotated value (of each element, for a collection).</summary>
    /// <param name="code">The ISO 4217 code, such as <c>CNY</c>.</param>
    public CurrencyAttribute(string code) => Code = code;

    /// <summary>The ISO 4217 code of the annotated value's currency, as written.</summary>
    public string Code { get; }
}
