using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A parameter or local read in the <c>when</c> clause of a switch arm or case whose pattern on that same variable
/// shows its currency (<c>m switch { { Currency.Code: "CAD" } when m &gt; AirrExpansion =&gt; … }</c>): there the money
/// is in that currency, whatever the flow knows of it elsewhere. Only where nothing in any guard of the switch can write the variable
/// (no assignment, increment, <c>ref</c> or <c>out</c> argument, nor a call of a local function or delegate), nor any
/// other code while it runs: not a <c>ref</c> or <c>in</c> parameter (a call may write the field it stands for), nor a
/// variable a lambda or local function of the body writes, nor one in a body that takes an address or a <c>ref</c> local.
/// </summary>
internal sealed partial class CurrencyFlow
{
    private const int MaxArmDepth = 16;

    /// <summary>The currency the pattern of the arm or case around a guard's read of a variable shows for it, or null.</summary>
    private string? PinnedByArm(IOperation reference)
    {
        // a ref or in parameter may stand for a field a call in the guard writes
        ISymbol? variable = reference switch
        {
            IParameterReferenceOperation { Parameter.RefKind: RefKind.None } parameter => parameter.Parameter,
            ILocalReferenceOperation { Local.IsRef: false } local => local.Local,
            _ => null,
        };
        if (variable is null)
        {
            return null;
        }

        IOperation child = reference;
        var parent = reference.Parent;
        for (int depth = 0; parent is not null && depth < MaxArmDepth; depth++, child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case ISwitchExpressionArmOperation arm when arm.Guard == child:
                    return arm.Parent is ISwitchExpressionOperation { Value: { } switched } whole && IsVariable(switched, variable) && !AnyGuardMayWrite(whole)
                        && !MayBeWrittenAside(arm, variable)
                        ? ShownCode(arm.Pattern)
                        : null;
                case IPatternCaseClauseOperation clause when clause.Guard == child:
                    return clause.Parent?.Parent is ISwitchOperation { Value: { } tested } statement && IsVariable(tested, variable) && !AnyGuardMayWrite(statement)
                        && !MayBeWrittenAside(clause, variable)
                        ? ShownCode(clause.Pattern)
                        : null;
                case IBlockOperation or IAnonymousFunctionOperation or ILocalFunctionOperation or ISwitchExpressionArmOperation or IPatternCaseClauseOperation:
                    return null;
            }
        }

        return null;
    }

    /// <summary>Whether a switch's value is a read of the variable itself.</summary>
    private static bool IsVariable(IOperation value, ISymbol variable) => value.SkipConversions() switch
    {
        IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter, variable),
        ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, variable),
        _ => false,
    };

    /// <summary>Whether code in a guard may write a variable: an assignment, an increment, a <c>ref</c> or <c>out</c> argument, a call of a local function or delegate.</summary>
    private static bool MayWrite(IOperation? guard)
    {
        if (guard is null)
        {
            return true;
        }

        foreach (var operation in guard.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IAssignmentOperation or IIncrementOrDecrementOperation or IDeconstructionAssignmentOperation or IAnonymousFunctionOperation:
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                case IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction or MethodKind.DelegateInvoke }:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the guard of any arm or case of a switch may write a variable: an earlier guard may change the variable
    /// after the pattern tested the value switched on (<c>_ when Change(ref m) =&gt; …</c>).
    /// </summary>
    private static bool AnyGuardMayWrite(IOperation switchOperation)
    {
        foreach (var operation in switchOperation.Descendants())
        {
            var guard = operation switch
            {
                ISwitchExpressionArmOperation arm => arm.Guard,
                IPatternCaseClauseOperation clause => clause.Guard,
                _ => null,
            };
            if (guard is not null && MayWrite(guard))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether code other than the guard may write the variable while the guard runs: a lambda or local function of the
    /// body that writes it (a call in the guard may run it), an alias of it (a <c>ref</c> local) or its address.
    /// </summary>
    private static bool MayBeWrittenAside(IOperation arm, ISymbol variable)
    {
        var root = arm;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IAddressOfOperation:
                case IVariableDeclaratorOperation { Symbol.IsRef: true }:
                    return true;
                case IAnonymousFunctionOperation or ILocalFunctionOperation:
                    foreach (var inner in operation.Descendants())
                    {
                        if (Writes(inner, variable))
                        {
                            return true;
                        }
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary>Whether an operation writes a local or parameter: an assignment into it, a deconstruction, an increment, a <c>ref</c> or <c>out</c> argument.</summary>
    private static bool Writes(IOperation operation, ISymbol variable)
    {
        switch (operation)
        {
            case IDeconstructionAssignmentOperation deconstruction:
                foreach (var target in deconstruction.Target.DescendantsAndSelf())
                {
                    if (IsVariable(target, variable))
                    {
                        return true;
                    }
                }

                return false;
            case IAssignmentOperation assignment:
                return IsVariable(assignment.Target, variable);
            case IIncrementOrDecrementOperation increment:
                return IsVariable(increment.Target, variable);
            case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument:
                return IsVariable(argument.Value, variable);
            default:
                return false;
        }
    }

    /// <summary>
    /// The currency a property pattern on money shows (<c>{ Currency.Code: "CAD" }</c>, <c>{ Currency: { Code: "CAD" } }</c>,
    /// beside other subpatterns), or null.
    /// </summary>
    private string? ShownCode(IPatternOperation pattern)
    {
        if (pattern is not IRecursivePatternOperation recursive || !_types.IsMoney(recursive.InputType))
        {
            return null;
        }

        foreach (var subpattern in recursive.PropertySubpatterns)
        {
            if (subpattern.Member is IPropertyReferenceOperation { Property.Name: "Currency" } currency && _types.IsMoney(currency.Property.ContainingType)
                && subpattern.Pattern is IRecursivePatternOperation inner)
            {
                foreach (var code in inner.PropertySubpatterns)
                {
                    if (code.Member is IPropertyReferenceOperation { Property.Name: "Code" } read && _types.IsCurrency(read.Property.ContainingType)
                        && code.Pattern is IConstantPatternOperation { Value: { } constant } && ConstantCode(constant) is { } shown)
                    {
                        return shown;
                    }
                }
            }
        }

        return null;
    }
}
