using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0012: reports constant years where the goal year precedes the baseline year: arguments to <c>baselineYear</c>
/// and <c>goalYear</c> parameters of AiRace.Core methods and constructors, and object initializers setting
/// <c>BaselineYear</c> and <c>GoalYear</c> on an AiRace.Core type.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001", Justification = "A rule of AiRaceAnalyzer, which the compiler loads; registered here it would run twice.")]
public sealed class TargetYearBeforeBaselineAnalyzer : DiagnosticAnalyzer, IMethodFilter
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TargetYearBeforeBaseline);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // calls are looked at only where the library is (the look-up is made by the first call with year parameters)
            var types = KnownTypes.Create(start.Compilation);
            start.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    if (HasYearParameters(invocation.Arguments) && types.HasLibrary)
                    {
                        AnalyzeCall(c, invocation.TargetMethod, invocation.Arguments);
                    }
                },
                OperationKind.Invocation);
            start.RegisterOperationAction(
                c =>
                {
                    var creation = (IObjectCreationOperation)c.Operation;
                    if (HasYearParameters(creation.Arguments) && types.HasLibrary)
                    {
                        AnalyzeCall(c, creation.Constructor, creation.Arguments);
                    }
                },
                OperationKind.ObjectCreation);
            start.RegisterOperationAction(AnalyzeInitializer, OperationKind.ObjectOrCollectionInitializer);
        });
    }

    /// <summary>Only calls of methods and constructors with a baseline and a goal year can be reported.</summary>
    bool IMethodFilter.MayConcern(IMethodSymbol method, KnownTypes types) => HasYearParameterNames(method);

    /// <summary>Whether a method or constructor has parameters named <c>baselineYear</c> and <c>goalYear</c>.</summary>
    private static bool HasYearParameterNames(IMethodSymbol method)
    {
        bool baseline = false;
        bool goal = false;
        foreach (var parameter in (method.ReducedFrom ?? method).Parameters)
        {
            baseline |= parameter.Name == "baselineYear";
            goal |= parameter.Name == "goalYear";
        }

        return baseline && goal;
    }

    [MethodImpl(Hot.Path)]
    private static bool HasYearParameters(ImmutableArray<IArgumentOperation> arguments)
    {
        // the arguments (one per parameter, defaults included) name their parameters without the allocation that
        // IMethodSymbol.Parameters makes on every call
        if (arguments.Length < 2)
        {
            return false;
        }

        bool baseline = false;
        bool goal = false;
        foreach (var argument in arguments)
        {
            string? name = argument.Parameter?.Name;
            baseline |= name == "baselineYear";
            goal |= name == "goalYear";
        }

        return baseline && goal;
    }

    [MethodImpl(Hot.Path)]
    private static void AnalyzeCall(OperationAnalysisContext context, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
    {
        if (method is null || !KnownTypes.IsInCoreNamespace(method.ContainingType))
        {
            return;
        }

        var baseline = arguments.ArgumentFor("baselineYear");
        var goal = arguments.ArgumentFor("goalYear");
        if (baseline?.Parameter?.Type.SpecialType != SpecialType.System_Int32 || goal?.Parameter?.Type.SpecialType != SpecialType.System_Int32)
        {
            return;
        }

        Check(context, baseline.Value, goal.Value, goal.Value.Syntax.GetLocation());
    }

    [MethodImpl(Hot.Path)]
    private static void AnalyzeInitializer(OperationAnalysisContext context)
    {
        var initializer = (IObjectOrCollectionInitializerOperation)context.Operation;
        if (!KnownTypes.IsInCoreNamespace(initializer.Type))
        {
            return;
        }

        IOperation? baseline = null;
        IOperation? goal = null;
        IOperation? goalAssignment = null;
        foreach (var member in initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property } } assignment
                && property.Type.SpecialType == SpecialType.System_Int32)
            {
                if (property.Name == "BaselineYear")
                {
                    baseline = assignment.Value;
                }
                else if (property.Name == "GoalYear")
                {
                    goal = assignment.Value;
                    goalAssignment = assignment;
                }
            }
        }

        if (baseline is not null && goal is not null && goalAssignment is not null)
        {
            Check(context, baseline, goal, goalAssignment.Syntax.GetLocation());
        }
    }

    [MethodImpl(Hot.Path)]
    private static void Check(OperationAnalysisContext context, IOperation baseline, IOperation goal, Location location)
    {
        if (baseline.ConstantValue is { HasValue: true, Value: int baselineYear }
            && goal.ConstantValue is { HasValue: true, Value: int goalYear }
            && goalYear < baselineYear)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TargetYearBeforeBaseline, location, goalYear, baselineYear));
        }
    }
}
