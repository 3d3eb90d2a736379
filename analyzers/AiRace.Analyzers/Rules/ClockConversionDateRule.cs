using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0008: reports a date argument taken from the clock (<c>DateTime.Now</c>, <c>UtcNow</c>, <c>Today</c>,
/// <c>DateTimeOffset.Now</c>, <c>TimeProvider.System</c>) given to a parameter named <c>date</c>, or to any date
/// parameter of an AiRace.Core method or constructor.
/// </summary>
internal sealed class ClockConversionDateRule : Rule, ICallRule
{
    private const int MaxDepth = 10;

    public ClockConversionDateRule()
        : base(Descriptors.ClockConversionDate)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Join(
        ApiName.Of(KnownTypes.MoneyName, "ConvertTo"),
        ApiName.Of("System.DateOnly"),
        ApiName.Of("System.DateTimeOffset"),
        ApiName.Of("System.TimeProvider"));

    /// <summary>Only calls of methods and constructors with a parameter that can hold a date can be reported.</summary>
    public bool MayConcern(IMethodSymbol method, KnownTypes types) => HasDateParameter(method, types);

    [MethodImpl(Hot.Path)]
    public void AnalyzeCall(in RuleContext context, IOperation call, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
    {
        var types = context.Types;
        var members = context.Facts.Members;
        // cheap pre-check on the argument's own (already bound) type: only date-typed arguments are looked at further
        foreach (var argument in arguments)
        {
            if (argument.Value.Type is { } type && IsDateType(type, types))
            {
                Analyze(context, types, members, argument);
            }
        }
    }

    [MethodImpl(Hot.Path)]
    private static void Analyze(in RuleContext context, KnownTypes types, MemberValues members, IArgumentOperation argument)
    {
        var parameter = argument.Parameter;
        if (parameter is null || !IsDateType(parameter.Type, types))
        {
            return;
        }

        var method = parameter.ContainingSymbol as IMethodSymbol;
        if (!(parameter.Name == "date" || KnownTypes.IsInCoreNamespace(method?.ContainingType)))
        {
            return;
        }

        // optimistic first (no search for later writes to locals), proved exactly only when it finds a clock
        string? clock = ClockSource(argument.Value, types, 0, members, FlowMode.Optimistic, context.CancellationToken) is null
            ? null
            : ClockSource(argument.Value, types, 0, members, FlowMode.Exact, context.CancellationToken);
        if (clock is null)
        {
            return;
        }

        string target = method is null ? parameter.Name : method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
        context.Report(Diagnostic.Create(Descriptors.ClockConversionDate, argument.Value.Syntax.GetLocation(), target, clock));
    }

    /// <summary>
    /// Whether a method (or the extension method it was reduced from) has a parameter that can hold a date: one of a
    /// date type, or of a type parameter that a call may substitute with one.
    /// </summary>
    private static bool HasDateParameter(IMethodSymbol method, KnownTypes types)
    {
        foreach (var parameter in (method.ReducedFrom ?? method).Parameters)
        {
            var type = KnownTypes.Unwrap(parameter.Type);
            if (type.TypeKind == TypeKind.TypeParameter || IsDateType(type, types))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(Hot.Path)]
    private static bool IsDateType(ITypeSymbol type, KnownTypes types)
    {
        // called for every argument of every call: the special type and the name rule out nearly all types at once
        if (type.SpecialType == SpecialType.System_DateTime)
        {
            return true;
        }

        string name = type.Name;
        if (name == "Nullable")
        {
            var unwrapped = KnownTypes.Unwrap(type);
            return !ReferenceEquals(unwrapped, type) && IsDateType(unwrapped, types);
        }

        return (name == "DateOnly" && KnownTypes.Is(type, types.DateOnly)) || (name == "DateTimeOffset" && KnownTypes.Is(type, types.DateTimeOffset));
    }

    /// <summary>The clock member a value comes from (<c>DateTime.Now</c>…), or null.</summary>
    [MethodImpl(Hot.Path)]
    private static string? ClockSource(IOperation? value, KnownTypes types, int depth, MemberValues members, FlowMode mode, CancellationToken cancellationToken)
    {
        if (value is null || depth > MaxDepth)
        {
            return null;
        }

        value = value.SkipConversions();
        int next = depth + 1;
        switch (value)
        {
            case IPropertyReferenceOperation { Instance: null, Property: { } property }
                when property.Name is "Now" or "UtcNow" or "Today"
                    && (property.ContainingType.SpecialType == SpecialType.System_DateTime || KnownTypes.Is(property.ContainingType, types.DateTimeOffset)):
                return property.ContainingType.Name + "." + property.Name;

            case IPropertyReferenceOperation { Instance: null, Property.Name: "System" } system when KnownTypes.Is(system.Property.ContainingType, types.TimeProvider):
                return "TimeProvider.System";

            case IPropertyReferenceOperation { Instance: { } instance }:
                // DateTime.Now.Date, DateTimeOffset.UtcNow.DateTime …
                return ClockSource(instance, types, next, members, mode, cancellationToken) ?? FromFlow(value, types, next, members, mode, cancellationToken);

            case IInvocationOperation invocation:
                if (invocation.Instance is { } receiver)
                {
                    // DateTime.Now.AddDays(-1), TimeProvider.System.GetUtcNow()
                    return ClockSource(receiver, types, next, members, mode, cancellationToken);
                }

                // DateOnly.FromDateTime(DateTime.Now) and other static helpers fed from the clock
                foreach (var argument in invocation.Arguments)
                {
                    if (ClockSource(argument.Value, types, next, members, mode, cancellationToken) is { } fromArgument)
                    {
                        return fromArgument;
                    }
                }

                return null;

            case IObjectCreationOperation creation when IsDateType(creation.Type!, types):
                foreach (var argument in creation.Arguments)
                {
                    if (ClockSource(argument.Value, types, next, members, mode, cancellationToken) is { } fromArgument)
                    {
                        return fromArgument;
                    }
                }

                return null;

            case IBinaryOperation binary:
                return ClockSource(binary.LeftOperand, types, next, members, mode, cancellationToken) ?? ClockSource(binary.RightOperand, types, next, members, mode, cancellationToken);

            case IConditionalAccessOperation access:
                return ClockSource(access.Operation, types, next, members, mode, cancellationToken);

            case ILocalReferenceOperation:
            case IFieldReferenceOperation:
            case IPropertyReferenceOperation:
                return FromFlow(value, types, next, members, mode, cancellationToken);

            default:
                return null;
        }
    }

    [MethodImpl(Hot.Path)]
    private static string? FromFlow(IOperation reference, KnownTypes types, int depth, MemberValues members, FlowMode mode, CancellationToken cancellationToken) =>
        ClockSource(ValueFlow.SingleValue(reference, null, members, mode, cancellationToken), types, depth, members, mode, cancellationToken);
}
