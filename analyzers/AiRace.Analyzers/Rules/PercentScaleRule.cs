using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0005 (warning): <c>Share.FromPercent</c> or <c>Share.TryFromPercent</c> given a constant in (0, 1),
/// <c>Share.FromFraction</c> given a constant in (1, 100]; a share's <c>Percent</c> given to <c>FromFraction</c> or its
/// <c>Fraction</c> to <c>FromPercent</c>. AIR0013 (error): a constant share below 0% or above 100%, given to those
/// factories or written as the text of <c>Share.Parse</c> (<c>"150%"</c>). Constants are read through locals too.
/// </summary>
internal sealed class PercentScaleRule : Rule, ICallRule
{
    /// <summary>Diagnostic property: the factory the fix switches to.</summary>
    public const string OtherFactoryProperty = "OtherFactory";

    public PercentScaleRule()
        : base(Descriptors.PercentScale, Descriptors.ShareOutOfRange)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Of(KnownTypes.ShareName, "FromPercent", "FromFraction", "TryFromPercent", "Parse", "Percent", "Fraction");

    /// <summary>Only calls of Share's factories and of its Parse can be reported.</summary>
    public bool MayConcern(IMethodSymbol method, KnownTypes types) =>
        method.IsStatic && method.Name is "FromPercent" or "FromFraction" or "TryFromPercent" or "Parse" && method.IsOn(types.Share);

    [MethodImpl(Hot.Path)]
    public void AnalyzeCall(in RuleContext context, IOperation call, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
    {
        var types = context.Types;
        if (call is not IInvocationOperation invocation || method is null || !method.IsStatic || !method.IsOn(types.Share) || invocation.Arguments.Length == 0
            || method.Name is not ("FromPercent" or "FromFraction" or "TryFromPercent" or "Parse"))
        {
            return;
        }

        // the number (or text) is the first parameter, however the arguments are ordered
        IArgumentOperation? first = null;
        foreach (var candidate in invocation.Arguments)
        {
            if (candidate.Parameter?.Ordinal == 0)
            {
                first = candidate;
            }
        }

        if (first is null)
        {
            return;
        }

        var argument = first.Value;
        var constant = Constant(argument, context);
        if (method.Name == "Parse")
        {
            if (constant?.ConstantValue is { HasValue: true, Value: string text })
            {
                JudgeText(context, argument, text);
            }

            return;
        }

        if (constant.ConstantDecimal() is { } value)
        {
            Judge(context, argument, method.Name, value);
        }
        else if (method.Name != "TryFromPercent" && OtherScaleOfShare(argument, types, method.Name, out bool switchable) is { } property)
        {
            // Share.FromFraction(s.Percent): the number is on the other scale by construction
            ReportProperty(context, argument, method.Name, property, switchable);
        }
        else if (OnOtherScaleInEveryArm(argument, method.Name, context))
        {
            // Share.FromPercent(year >= 2030 ? 0.7m : 0.55m): whichever arm runs, the number is on the other scale
            string shown = argument.Syntax.ToString();
            bool percent = method.Name != "FromFraction";
            Report(context, argument, Descriptors.PercentScale, method.Name == "FromPercent" ? "FromFraction" : method.Name == "FromFraction" ? "FromPercent" : null, method.Name, shown, percent ? "a fraction in every branch" : "a percent in every branch", "Share." + (percent ? "FromFraction(" : "FromPercent(") + shown + ")");
        }
    }

    /// <summary>
    /// Whether an argument is a <c>?:</c> whose every arm (nested <c>?:</c> too) is a constant on the other scale than
    /// the factory takes: a fraction in (0, 1) given to <c>FromPercent</c>, a percent in (1, 100] given to
    /// <c>FromFraction</c>. An arm that is not a constant, or is on the factory's scale, makes it no.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool OnOtherScaleInEveryArm(IOperation argument, string name, in RuleContext context)
    {
        if (argument.SkipConversions() is not IConditionalOperation { WhenFalse: not null })
        {
            return false;
        }

        var pending = new Stack<(IOperation Value, int Depth)>();
        pending.Push((argument, 0));
        while (pending.Count > 0)
        {
            var (value, depth) = pending.Pop();
            if (value.SkipConversions() is IConditionalOperation { WhenFalse: { } whenFalse } conditional && depth < 4)
            {
                pending.Push((conditional.WhenTrue, depth + 1));
                pending.Push((whenFalse, depth + 1));
                continue;
            }

            if (Constant(value, context).ConstantDecimal() is not { } number
                || (name == "FromFraction" ? !(number > 1m && number <= 100m) : !(number > 0m && number < 1m)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The constant an argument is, directly or through a local assigned once, or null.</summary>
    [MethodImpl(Hot.Path)]
    private static IOperation? Constant(IOperation argument, in RuleContext context)
    {
        var value = argument.SkipConversions();
        for (int i = 0; i < 4 && value is ILocalReferenceOperation local && !value.ConstantValue.HasValue; i++)
        {
            value = ValueFlow.SingleValue(local, null, context.Facts.Members, FlowMode.Exact, context.CancellationToken).SkipConversions();
        }

        return value is { ConstantValue.HasValue: true } ? value : null;
    }

    /// <summary>
    /// A share's Percent given to FromFraction, or its Fraction given to FromPercent: the property's name, else null. Read
    /// through <c>?.</c> chains and both sides of <c>??</c>; <paramref name="switchable"/> when every side is such a
    /// property or a zero (the other factory then takes the whole argument: <c>manualFraction ?? s.Percent</c> it does not).
    /// </summary>
    [MethodImpl(Hot.Path)]
    private static string? OtherScaleOfShare(IOperation argument, KnownTypes types, string factory, out bool switchable)
    {
        switchable = true;
        string? found = null;
        var pending = new Stack<IOperation>();
        pending.Push(argument);
        while (pending.Count > 0)
        {
            var value = pending.Pop().SkipConversions();
            if (value is ICoalesceOperation coalesce)
            {
                // maybe?.Percent ?? 0m, manualFraction ?? measured.Percent
                pending.Push(coalesce.WhenNull);
                pending.Push(coalesce.Value);
                continue;
            }

            while (value is IConditionalAccessOperation access)
            {
                // report?.Chips?.Latest.Percent
                value = access.WhenNotNull.SkipConversions();
            }

            if (value is IPropertyReferenceOperation { Property: { } property } && types.IsShare(property.ContainingType)
                && ((factory == "FromFraction" && property.Name == "Percent") || (factory == "FromPercent" && property.Name == "Fraction")))
            {
                found = property.Name;
            }
            else if (value.ConstantDecimal() != 0m)
            {
                switchable = false;
            }
        }

        return found;
    }

    /// <summary>
    /// Reports a constant on the wrong scale or outside 0–100%. Kept out of <see cref="AnalyzeCall"/>: its decimal arithmetic
    /// and messages would make the optimised hot path several times larger to JIT-compile in every compiler process.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportProperty(in RuleContext context, IOperation argument, string name, string property, bool switchable)
    {
        bool percent = name == "FromPercent";
        string other = percent ? "FromFraction" : "FromPercent";
        string shown = argument.Syntax.ToString();
        Report(context, argument, Descriptors.PercentScale, switchable ? other : null, name, shown, percent ? "a fraction (Share." + property + ")" : "a percent (Share." + property + ")", "Share." + other + "(" + shown + ")");
    }

    /// <summary>Share.Parse of a constant percentage outside 0–100% (the text the library reads: a number and '%').</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void JudgeText(in RuleContext context, IOperation argument, string text)
    {
        string trimmed = text.Trim();
        if (!trimmed.EndsWith("%", System.StringComparison.Ordinal)
            || !decimal.TryParse(trimmed.Substring(0, trimmed.Length - 1).Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal percent))
        {
            return;
        }

        if (percent < 0m || percent > 100m)
        {
            Report(context, argument, Descriptors.ShareOutOfRange, null, "Parse", "\"" + text + "\"", percent.ToString(CultureInfo.InvariantCulture), string.Empty);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Judge(in RuleContext context, IOperation argument, string name, decimal value)
    {
        bool percent = name is "FromPercent" or "TryFromPercent";
        if (percent && value > 0m && value < 1m)
        {
            string shown = value.ToString(CultureInfo.InvariantCulture);
            Report(context, argument, Descriptors.PercentScale, name == "FromPercent" ? "FromFraction" : null, name, shown, "a fraction", "Share.FromFraction(" + shown + ")");
        }
        else if (!percent && value > 1m && value <= 100m)
        {
            string shown = value.ToString(CultureInfo.InvariantCulture);
            Report(context, argument, Descriptors.PercentScale, "FromPercent", name, shown, "a percent", "Share.FromPercent(" + shown + ")");
        }
        else if (percent ? value < 0m || value > 100m : value < 0m || value > 1m)
        {
            string shown = value.ToString(CultureInfo.InvariantCulture);
            Report(context, argument, Descriptors.ShareOutOfRange, null, name, shown, percent ? shown : TimesHundred(shown), string.Empty);
        }
    }

    /// <summary>
    /// A fraction's invariant text as a percent, by moving its decimal point two places: a fraction above 7.9e26 has
    /// no percent that a decimal can hold.
    /// </summary>
    private static string TimesHundred(string fraction)
    {
        int point = fraction.IndexOf('.');
        string digits = point < 0 ? fraction + "00" : fraction.Remove(point, 1).PadRight(point + 2, '0').Insert(point + 2, ".").TrimEnd('0').TrimEnd('.');
        bool negative = digits.StartsWith("-", System.StringComparison.Ordinal);
        string unsigned = (negative ? digits.Substring(1) : digits).TrimStart('0');
        if (unsigned.Length == 0 || unsigned[0] == '.')
        {
            unsigned = "0" + unsigned;
        }

        return negative ? "-" + unsigned : unsigned;
    }

    private static void Report(in RuleContext context, IOperation argument, DiagnosticDescriptor descriptor, string? otherFactory, string name, string value, string third, string fourth)
    {
        var properties = otherFactory is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(OtherFactoryProperty, otherFactory);
        context.Report(Diagnostic.Create(descriptor, argument.Syntax.GetLocation(), properties, "Share." + name, value, third, fourth));
    }
}
