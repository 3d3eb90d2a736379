using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0008: reports a date argument taken from the clock (<c>DateTime.Now</c>, <c>UtcNow</c>, <c>Today</c>,
/// <c>DateTimeOffset.Now</c>, <c>TimeProvider.System</c>) given to a parameter named <c>date</c>, or to any date
/// parameter of an AiRace.Core method or constructor.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClockConversionDateAnalyzer : DiagnosticAnalyzer
{
    private const int MaxDepth = 10;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ClockConversionDate);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var types = KnownTypes.Create(start.Compilation);
            var members = new MemberValues();
            start.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    if (HasWatchedDateParameter(invocation.TargetMethod, types))
                    {
                        AnalyzeArguments(c, types, members, invocation.Arguments);
                    }
                },
                OperationKind.Invocation);
            start.RegisterOperationAction(
                c =>
                {
                    var creation = (IObjectCreationOperation)c.Operation;
                    if (HasWatchedDateParameter(creation.Constructor, types))
                    {
                        AnalyzeArguments(c, types, members, creation.Arguments);
                    }
                },
                OperationKind.ObjectCreation);
        });
    }

    /// <summary>Cheap pre-check on the method alone: a date parameter named <c>date</c>, or any date parameter of AiRace.Core.</summary>
    private static bool HasWatchedDateParameter(IMethodSymbol? method, KnownTypes types)
    {
        if (method is null || method.Parameters.IsEmpty)
        {
            return false;
        }

        bool? core = null;
        foreach (var parameter in method.Parameters)
        {
            if (IsDateType(parameter.Type, types) && (parameter.Name == "date" || (core ??= KnownTypes.IsInCoreNamespace(method.ContainingType))))
            {
                return true;
            }
        }

        return false;
    }

    private static void AnalyzeArguments(OperationAnalysisContext context, KnownTypes types, MemberValues members, ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            Analyze(context, types, members, argument);
        }
    }

    private static void Analyze(OperationAnalysisContext context, KnownTypes types, MemberValues members, IArgumentOperation argument)
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

        string? clock = ClockSource(argument.Value, types, 0, new Flow(new LocalWrites(), members), context.CancellationToken);
        if (clock is null)
        {
            return;
        }

        string target = method is null ? parameter.Name : method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.ClockConversionDate, argument.Value.Syntax.GetLocation(), target, clock));
    }

    private static bool IsDateType(ITypeSymbol type, KnownTypes types)
    {
        var unwrapped = KnownTypes.Unwrap(type);
        return unwrapped.SpecialType == SpecialType.System_DateTime
            || KnownTypes.Is(unwrapped, types.DateOnly)
            || KnownTypes.Is(unwrapped, types.DateTimeOffset);
    }

    /// <summary>The clock member a value comes from (<c>DateTime.Now</c>…), or null.</summary>
    private static string? ClockSource(IOperation? value, KnownTypes types, int depth, Flow flow, CancellationToken cancellationToken)
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
                return ClockSource(instance, types, next, flow, cancellationToken) ?? FromFlow(value, types, next, flow, cancellationToken);

            case IInvocationOperation invocation:
                if (invocation.Instance is { } receiver)
                {
                    // DateTime.Now.AddDays(-1), TimeProvider.System.GetUtcNow()
                    return ClockSource(receiver, types, next, flow, cancellationToken);
                }

                // DateOnly.FromDateTime(DateTime.Now) and other static helpers fed from the clock
                foreach (var argument in invocation.Arguments)
                {
                    if (ClockSource(argument.Value, types, next, flow, cancellationToken) is { } fromArgument)
                    {
                        return fromArgument;
                    }
                }

                return null;

            case IObjectCreationOperation creation when IsDateType(creation.Type!, types):
                foreach (var argument in creation.Arguments)
                {
                    if (ClockSource(argument.Value, types, next, flow, cancellationToken) is { } fromArgument)
                    {
                        return fromArgument;
                    }
                }

                return null;

            case IBinaryOperation binary:
                return ClockSource(binary.LeftOperand, types, next, flow, cancellationToken) ?? ClockSource(binary.RightOperand, types, next, flow, cancellationToken);

            case IConditionalAccessOperation access:
                return ClockSource(access.Operation, types, next, flow, cancellationToken);

            case ILocalReferenceOperation:
            case IFieldReferenceOperation:
            case IPropertyReferenceOperation:
                return FromFlow(value, types, next, flow, cancellationToken);

            default:
                return null;
        }
    }

    private static string? FromFlow(IOperation reference, KnownTypes types, int depth, Flow flow, CancellationToken cancellationToken) =>
        ClockSource(ValueFlow.SingleValue(reference, null, flow.Writes, flow.Members, cancellationToken), types, depth, flow, cancellationToken);

    /// <summary>The flow caches of one analysed argument: its method's local writes and the compilation's member values.</summary>
    private sealed class Flow
    {
        public Flow(LocalWrites writes, MemberValues members)
        {
            Writes = writes;
            Members = members;
        }

        public LocalWrites Writes { get; }

        public MemberValues Members { get; }
    }
}
