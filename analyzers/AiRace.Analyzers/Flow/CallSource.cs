using Microsoft.CodeAnalysis;

namespace AiRace.Analyzers;

/// <summary>Where the currency of a call's result comes from, decided by the called method alone.</summary>
internal enum CallSourceKind
{
    /// <summary>Not a Money or Currency method that gives a currency: the result's currency is never known.</summary>
    None,

    /// <summary><c>Currency.FromCode</c>/<c>Parse</c>: the constant text of the first argument.</summary>
    FirstArgumentCode,

    /// <summary>An instance method of Money returning Money: the receiver's currency.</summary>
    Receiver,

    /// <summary>A currency-specific factory (<c>Money.Cny(…)</c>): the code is the method's name.</summary>
    Fixed,

    /// <summary><c>Money.Min</c>/<c>Max</c>: the currency both arguments share (else as <see cref="Arguments"/>).</summary>
    MinMax,

    /// <summary>A static Money method or constructor: the argument for a Currency parameter or a currency-code text parameter.</summary>
    Arguments,
}

/// <summary>
/// What <see cref="CurrencyResolver"/> needs to know about a called method, worked out once per method for the
/// compilation instead of reading the method's containing type, return type, parameters and name at every call.
/// </summary>
internal sealed class CallSource
{
    /// <summary>A method whose calls never have a known currency.</summary>
    public static readonly CallSource None = new(CallSourceKind.None);

    private CallSource(CallSourceKind kind, string? code = null, int currencyParameters = 0, IParameterSymbol? currencyParameter = null, bool parameterIsCode = false)
    {
        Kind = kind;
        Code = code;
        CurrencyParameters = currencyParameters;
        CurrencyParameter = currencyParameter;
        CurrencyOrdinal = currencyParameter?.Ordinal ?? -1;
        ParameterIsCode = parameterIsCode;
    }

    /// <summary>Where the currency comes from.</summary>
    public CallSourceKind Kind { get; }

    /// <summary>The code of a <see cref="CallSourceKind.Fixed"/> factory.</summary>
    public string? Code { get; }

    /// <summary>How many parameters give a currency (a Currency, or text whose name says it is a currency code).</summary>
    public int CurrencyParameters { get; }

    /// <summary>The parameter that gives the currency when it is the only one, else null.</summary>
    public IParameterSymbol? CurrencyParameter { get; }

    /// <summary>The ordinal of <see cref="CurrencyParameter"/> (read once here rather than from the symbol at every call).</summary>
    public int CurrencyOrdinal { get; }

    /// <summary>Whether <see cref="CurrencyParameter"/> is currency-code text rather than a Currency.</summary>
    public bool ParameterIsCode { get; }

    /// <summary>Whether a parameter gives the currency: a Currency (false), currency-code text (true), or neither (null).</summary>
    public static bool? GivesCurrency(IParameterSymbol parameter, KnownTypes types) =>
        types.IsCurrency(parameter.Type) ? false
            : parameter.Type.SpecialType == SpecialType.System_String && parameter.NamesCurrency() ? true
            : null;

    /// <summary>Works out the source for a method (a definition: what is decided here does not depend on type arguments).</summary>
    public static CallSource Of(IMethodSymbol method, KnownTypes types)
    {
        bool constructor = method.MethodKind == MethodKind.Constructor;
        if (method.IsOn(types.Currency) && method.IsStatic && types.IsCurrency(method.ReturnType) && method.Name is "FromCode" or "Parse")
        {
            return new CallSource(CallSourceKind.FirstArgumentCode);
        }

        if (!method.IsOn(types.Money) || !(constructor || types.IsMoney(method.ReturnType)))
        {
            return None;
        }

        if (!constructor && !method.IsStatic)
        {
            return new CallSource(CallSourceKind.Receiver);
        }

        if (!constructor && method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_Decimal)
        {
            // Money.Cny(…), Money.Usd(…): the factory's name is the code
            string upper = method.Name.ToUpperInvariant();
            return CurrencyResolver.IsCodeShaped(upper) && CurrencyCodes.IsActive(upper) ? new CallSource(CallSourceKind.Fixed, upper) : None;
        }

        IParameterSymbol? only = null;
        bool onlyIsCode = false;
        int count = 0;
        foreach (var parameter in method.Parameters)
        {
            if (GivesCurrency(parameter, types) is { } isCode)
            {
                count++;
                only = parameter;
                onlyIsCode = isCode;
            }
        }

        var kind = !constructor && method.Name is "Min" or "Max" ? CallSourceKind.MinMax : CallSourceKind.Arguments;
        return count == 0 && kind == CallSourceKind.Arguments
            ? None
            : new CallSource(kind, null, count, count == 1 ? only : null, count == 1 && onlyIsCode);
    }
}
