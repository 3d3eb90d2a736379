using Microsoft.CodeAnalysis;

namespace AiRace.Analyzers;

/// <summary>
/// What the rules know about one compilation, shared by all of them and worked out on demand: the known types, and
/// the single values of members and the currencies that flow through them. Created when a compilation starts, so
/// nothing outlives it; in the IDE every edit makes a new compilation and so new facts, computed again as uses need them.
/// </summary>
internal sealed class CompilationFacts
{
    public CompilationFacts(Compilation compilation)
    {
        Compilation = compilation;
        Types = KnownTypes.Create(compilation);
        Members = new MemberValues();
        Search = new SourceSearch(compilation);
        Currencies = new CurrencyFlow(Types, Search, this);
    }

    public Compilation Compilation { get; }

    /// <summary>The AiRace.Core and BCL types the rules look for.</summary>
    public KnownTypes Types { get; }

    /// <summary>The single value of each readonly field and get-only property, worked out once.</summary>
    public MemberValues Members { get; }

    /// <summary>Where names are written in the compilation's sources.</summary>
    public SourceSearch Search { get; }

    /// <summary>The currency of Money and Currency values, where the compilation states it.</summary>
    public CurrencyFlow Currencies { get; }

    private GuardHelpers? _guardHelpers;

    /// <summary>What each method of the code checks of its money parameters' currencies (a guard helper), read on first use.</summary>
    public GuardHelpers GuardHelpers => _guardHelpers ??= new GuardHelpers(this);

    private FactCache<YearForwarding>? _yearForwards;

    /// <summary>The years each method of the code passes on to an AiRace.Core call (AIR0012), read on first use.</summary>
    public FactCache<YearForwarding> YearForwards =>
        _yearForwards ??= new FactCache<YearForwarding>((method, token) => YearForwarding.Of(method, this, token), YearForwarding.None, YearForwarding.None);

    private FactCache<FloatingHelper>? _floatingHelpers;

    /// <summary>The double or float parameter each method of the code makes decimal in every return (AIR0002), read on first use.</summary>
    public FactCache<FloatingHelper> FloatingHelpers =>
        _floatingHelpers ??= new FactCache<FloatingHelper>((method, token) => MoneyFromFloatingPointRule.ConvertedParameter((IMethodSymbol)method, this, token), FloatingHelper.None, FloatingHelper.None);
}
