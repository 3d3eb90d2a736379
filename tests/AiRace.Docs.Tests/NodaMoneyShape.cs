namespace AiRace.Docs.Tests;

/// <summary>
/// The members of NodaMoney that the README's boundary example uses, with the signatures of NodaMoney 2.7.0
/// (<c>src/NodaMoney/Money.Constructors.cs</c>: <c>Money(decimal amount, string code)</c>; <c>Money.cs</c>:
/// <c>decimal Amount</c>, <c>Currency Currency</c>; <c>Currency.cs</c>: <c>string Code</c>). NodaMoney is not
/// available to this build, so the README block is compiled against this shape: it proves the AiRace side of the
/// boundary and the member names, not NodaMoney's behaviour (its constructor also rounds to the minor unit, which the
/// example avoids by rounding first).
/// </summary>
public static class NodaMoneyShape
{
    /// <summary>The shape's source.</summary>
    public const string Source = """
        namespace NodaMoney
        {
            public readonly struct Currency
            {
                public Currency(string code) => Code = code;
                public string Code { get; }
            }

            public readonly struct Money
            {
                public Money(decimal amount, string code)
                {
                    Amount = amount;
                    Currency = new Currency(code);
                }

                public decimal Amount { get; }
                public Currency Currency { get; }
            }
        }
        """;
}
