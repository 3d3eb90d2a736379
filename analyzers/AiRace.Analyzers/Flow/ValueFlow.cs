using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// How value flow treats a local's later writes. Proving that nothing writes a local means searching its scope, so
/// callers first ask optimistically (the local keeps its initial value) and ask again exactly only when the optimistic
/// answer would produce a diagnostic. An exact answer is always null or the optimistic one, so nothing is lost.
/// </summary>
internal enum FlowMode
{
    /// <summary>A local is taken to hold its initial value; writes after the declaration are not looked for.</summary>
    Optimistic,

    /// <summary>A local has its initial value only when nothing in its scope can write it.</summary>
    Exact,
}

/// <summary>
/// Finds the single value a local, a readonly field or a get-only property is given, when that is the only value it can
/// ever hold. Conservative: anything it cannot prove gives null.
/// </summary>
internal static class ValueFlow
{
    /// <summary>The value a reference always stands for, or null.</summary>
    /// <param name="reference">A reference to a local, field or property.</param>
    /// <param name="ignoredWrite">A compound assignment whose own write is not counted (it reads the value first).</param>
    /// <param name="members">The compilation's cache of field and property values.</param>
    /// <param name="mode">Whether a local's later writes are looked for.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <param name="bound">Whether a local declared by a pattern or a deconstruction is followed too (see <see cref="BoundValue"/>).</param>
    [MethodImpl(Hot.Path)]
    public static IOperation? SingleValue(IOperation reference, IOperation? ignoredWrite, MemberValues members, FlowMode mode, CancellationToken cancellationToken, bool bound = false)
    {
        switch (reference.Kind)
        {
            case OperationKind.LocalReference:
                return LocalValue((ILocalReferenceOperation)reference, ignoredWrite, mode, cancellationToken, bound);
            case OperationKind.FieldReference:
                return reference.SemanticModel is { } fieldModel
                    ? members.ValueOf(((IFieldReferenceOperation)reference).Field, fieldModel, FieldValue, cancellationToken)
                    : null;
            case OperationKind.PropertyReference:
                var property = (IPropertyReferenceOperation)reference;
                return property.Arguments.IsEmpty && reference.SemanticModel is { } propertyModel
                    ? members.ValueOf(property.Property, propertyModel, PropertyValue, cancellationToken)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The value a field or property always holds, wherever it is declared in the compilation (its declaration read
    /// through the model of its own tree); for a local, <see cref="SingleValue"/>.
    /// </summary>
    /// <param name="reference">A reference to a local, field or property.</param>
    /// <param name="members">The compilation's cache of field and property values.</param>
    /// <param name="modelOf">The compilation's semantic model of a tree, or null for a tree of another compilation (a
    /// member of a referenced project keeps its syntax, in the IDE).</param>
    /// <param name="mode">Whether a local's later writes are looked for.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    public static IOperation? HeldValue(IOperation reference, MemberValues members, Func<SyntaxTree, SemanticModel?> modelOf, FlowMode mode, CancellationToken cancellationToken)
    {
        switch (reference)
        {
            case IFieldReferenceOperation { Field: { DeclaringSyntaxReferences: { Length: 1 } fieldReferences } field }:
                return modelOf(fieldReferences[0].SyntaxTree) is { } fieldModel ? members.ValueOf(field, fieldModel, FieldValue, cancellationToken) : null;
            case IPropertyReferenceOperation { Arguments.IsEmpty: true, Property: { DeclaringSyntaxReferences: { Length: 1 } propertyReferences } property }:
                return modelOf(propertyReferences[0].SyntaxTree) is { } propertyModel ? members.ValueOf(property, propertyModel, PropertyValue, cancellationToken) : null;
            default:
                return SingleValue(reference, null, members, mode, cancellationToken);
        }
    }

    /// <summary>
    /// What a delegate value always holds, past the delegate's creation: the lambda or method reference a local, field
    /// or property is always given (<c>Func&lt;DateOnly&gt; today = () =&gt; …</c>), or the value itself when it is neither
    /// (a lambda written where it is called); null when it may hold several. Shared by the currency flow (AIR0001) and
    /// the clock rule (AIR0008).
    /// </summary>
    /// <param name="target">The delegate value (a call's receiver).</param>
    /// <param name="members">The compilation's cache of field and property values.</param>
    /// <param name="modelOf">The compilation's semantic model of a tree (<see cref="HeldValue"/>), or null to read a
    /// field or property through the model of the reference's own tree (<see cref="SingleValue"/>).</param>
    /// <param name="mode">Whether a local's later writes are looked for.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    public static IOperation? HeldDelegate(IOperation target, MemberValues members, Func<SyntaxTree, SemanticModel?>? modelOf, FlowMode mode, CancellationToken cancellationToken)
    {
        var value = target.SkipConversions() ?? target;
        if (value is ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation)
        {
            value = (modelOf is null ? SingleValue(value, null, members, mode, cancellationToken) : HeldValue(value, members, modelOf, mode, cancellationToken)).SkipConversions();
        }

        return value is IDelegateCreationOperation creation ? creation.Target : value;
    }

    /// <summary>
    /// The initial value of a local, when that is the value it holds. Optimistically it is the initializer; exactly, the
    /// local must also be a plain one (not <c>ref</c>, not <c>const</c>) and nothing in its scope may write it.
    /// </summary>
    [MethodImpl(Hot.Path)]
    private static IOperation? LocalValue(ILocalReferenceOperation reference, IOperation? ignoredWrite, FlowMode mode, CancellationToken cancellationToken, bool bound)
    {
        var local = reference.Local;

        // the declaration is nearly always a statement of a block around the reference: found there by the symbol object
        // the reference holds, without reading any syntax, symbol name or semantic model on the optimistic path (each read
        // of a compiler object not touched yet is a likely cache miss)
        if (DeclaratorInTree(reference, local) is { } inTree)
        {
            var value = inTree.Initializer?.Value;
            if (value is null || mode == FlowMode.Optimistic)
            {
                return value;
            }

            // a declarator among a block's declaration groups is not a using declaration or a fixed statement (those are
            // operations of their own)
            return !local.IsRef && !local.IsConst && inTree.Syntax is VariableDeclaratorSyntax declaration
                && reference.SemanticModel is { } treeModel
                && !LocalWrites.MayBeWritten(local, declaration, ignoredWrite?.Syntax, treeModel, cancellationToken)
                ? value
                : null;
        }

        // declared elsewhere (a for, using or fixed statement) or not found by identity: through the symbol's syntax
        var model = reference.SemanticModel;
        if (model is null || local.IsRef || local.IsConst
            || local.DeclaringSyntaxReferences is not { Length: 1 } references || references[0].SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        var syntax = references[0].GetSyntax(cancellationToken);
        if (bound && syntax is SingleVariableDesignationSyntax designation)
        {
            return BoundValue(local, designation, ignoredWrite, model, mode, cancellationToken);
        }

        if (syntax is not VariableDeclaratorSyntax { Initializer: { } initializer } declarator
            || IsUsingOrFixed(declarator)
            || (mode == FlowMode.Exact && LocalWrites.MayBeWritten(local, declarator, ignoredWrite?.Syntax, model, cancellationToken)))
        {
            return null;
        }

        return model.GetOperation(initializer.Value, cancellationToken);
    }

    /// <summary>
    /// The value of a local declared by a pattern or a deconstruction, when that is the value it holds: for a pattern
    /// (<c>x is var amount</c>, <c>x is decimal amount</c>, <c>{ Total: { Amount: var due } }</c>, a switch's arm or case)
    /// the input it matched, narrowed (a member of a property pattern is its reference on the pattern's input); for a
    /// deconstruction of a tuple (<c>var (now, then) = (latest.Percent, baseline.Percent);</c>) the matching element. The
    /// input must have the local's type (or be its nullable form). Exactly, nothing in the local's scope may write it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IOperation? BoundValue(ILocalSymbol local, SingleVariableDesignationSyntax designation, IOperation? ignoredWrite, SemanticModel model, FlowMode mode, CancellationToken cancellationToken)
    {
        IOperation? value;
        SyntaxNode? scope;
        if (designation.Parent is DeclarationPatternSyntax or VarPatternSyntax or RecursivePatternSyntax)
        {
            value = model.GetOperation(designation.Parent, cancellationToken) is IPatternOperation pattern ? PatternInput(pattern) : null;
            scope = value is null ? null : ScopeOfPattern(designation);
        }
        else
        {
            value = DeconstructedElement(designation, model, out var statement, cancellationToken);
            scope = value is null ? null : LocalWrites.ScopeOfStatement(statement);
        }

        if (value?.Type is not { } type
            || !(SymbolEqualityComparer.Default.Equals(type, local.Type) || SymbolEqualityComparer.Default.Equals(KnownTypes.Unwrap(type), local.Type)))
        {
            return null;
        }

        return mode == FlowMode.Optimistic
            || scope is not null && !LocalWrites.MayBeWrittenIn(local, scope, ignoredWrite?.Syntax, model, cancellationToken, readOnlyReferences: true)
            ? value
            : null;
    }

    /// <summary>
    /// The value a pattern is matched against: the tested value of an <c>is</c>, a switch expression or a switch
    /// statement, or a member of a property pattern (its reference on the pattern's input); through <c>and</c> and <c>not</c>
    /// (<c>if (x is not decimal a) return;</c>). Null for
    /// anything else (a positional or list pattern's element).
    /// </summary>
    private static IOperation? PatternInput(IPatternOperation pattern)
    {
        IOperation node = pattern;
        while (node.Parent is IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } or INegatedPatternOperation)
        {
            // x is > 0m and var a; x is not decimal a (assigned only where the negation fails: the inner pattern matched)
            node = node.Parent;
        }

        switch (node.Parent)
        {
            case IIsPatternOperation test when test.Pattern == node:
                return test.Value;
            case ISwitchExpressionArmOperation arm when arm.Pattern == node:
                return (arm.Parent as ISwitchExpressionOperation)?.Value;
            case IPatternCaseClauseOperation clause when clause.Pattern == node:
                return (clause.Parent?.Parent as ISwitchOperation)?.Value;
            case IPropertySubpatternOperation subpattern when subpattern.Pattern == node:
                return subpattern.Member is IPropertyReferenceOperation { Arguments.IsEmpty: true } or IFieldReferenceOperation ? subpattern.Member : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The element of a tuple literal a local of a deconstruction declaration takes (<c>var (a, b) = (x, y);</c>,
    /// <c>(var a, decimal b) = (x, y);</c>, nested ones too), with the statement that declares it; else null.
    /// </summary>
    private static IOperation? DeconstructedElement(SingleVariableDesignationSyntax designation, SemanticModel model, out SyntaxNode? statement, CancellationToken cancellationToken)
    {
        statement = null;
        var path = new System.Collections.Generic.List<int>();
        SyntaxNode node = designation;
        while (true)
        {
            switch (node.Parent)
            {
                case ParenthesizedVariableDesignationSyntax variables:
                    path.Add(variables.Variables.IndexOf((VariableDesignationSyntax)node));
                    node = variables;
                    continue;
                case DeclarationExpressionSyntax declaration:
                    node = declaration;
                    continue;
                case ArgumentSyntax { Parent: TupleExpressionSyntax tuple } argument:
                    path.Add(tuple.Arguments.IndexOf(argument));
                    node = tuple;
                    continue;
            }

            break;
        }

        if (path.Count == 0 || node.Parent is not AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax expressionStatement } assignment || assignment.Left != node
            || model.GetOperation(assignment, cancellationToken) is not IDeconstructionAssignmentOperation deconstruction)
        {
            return null;
        }

        IOperation? value = deconstruction.Value;
        for (int i = path.Count - 1; i >= 0; i--)
        {
            if (value.SkipConversions() is not ITupleOperation tuple || path[i] < 0 || path[i] >= tuple.Elements.Length)
            {
                return null;
            }

            value = tuple.Elements[path[i]];
        }

        statement = expressionStatement;
        return value;
    }

    /// <summary>A node around every use of a pattern's local: its switch expression arm, else its member (or the file's top-level statements).</summary>
    internal static SyntaxNode ScopeOfPattern(SyntaxNode designation) =>
        designation.FirstAncestorOrSelf<SwitchExpressionArmSyntax>()
        ?? designation.FirstAncestorOrSelf<MemberDeclarationSyntax>(member => member is not GlobalStatementSyntax)
        ?? designation.SyntaxTree.GetRoot();

    /// <summary>Using declarations and fixed statements are not plain values.</summary>
    [MethodImpl(Hot.Path)]
    private static bool IsUsingOrFixed(VariableDeclaratorSyntax declarator) =>
        declarator.Parent is VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax { UsingKeyword.RawKind: not 0 } or FixedStatementSyntax };

    /// <summary>
    /// The declarator of a local among the statements of the blocks around the reference, matched by the symbol object
    /// (the compiler gives a local's declaration and its references the same one), or null: a caller that gets null
    /// looks for the declaration through the symbol's syntax, so a local this misses is still found.
    /// </summary>
    [MethodImpl(Hot.Path)]
    internal static IVariableDeclaratorOperation? DeclaratorInTree(IOperation reference, ILocalSymbol local)
    {
        for (var ancestor = reference.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor.Kind != OperationKind.Block)
            {
                continue;
            }

            foreach (var statement in ((IBlockOperation)ancestor).Operations)
            {
                if (statement.Kind != OperationKind.VariableDeclarationGroup)
                {
                    continue;
                }

                foreach (var declaration in ((IVariableDeclarationGroupOperation)statement).Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        if (ReferenceEquals(declarator.Symbol, local))
                        {
                            return declarator;
                        }
                    }
                }
            }
        }

        return null;
    }

    private static IOperation? FieldValue(IFieldSymbol field, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!field.IsReadOnly || field.IsVolatile || field.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var syntaxReference = field.DeclaringSyntaxReferences[0];
        if (syntaxReference.SyntaxTree != model.SyntaxTree
            || syntaxReference.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer })
        {
            return null;
        }

        if (IsAssignedByConstructionCode(field.ContainingType, field.Name, cancellationToken))
        {
            return null;
        }

        return model.GetOperation(initializer.Value, cancellationToken);
    }

    private static IOperation? PropertyValue(IPropertySymbol property, SemanticModel model, CancellationToken cancellationToken)
    {
        if (property.SetMethod is not null || property.IsVirtual || property.IsAbstract || property.IsOverride || property.IsIndexer
            || property.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var syntaxReference = property.DeclaringSyntaxReferences[0];
        if (syntaxReference.SyntaxTree != model.SyntaxTree
            || syntaxReference.GetSyntax(cancellationToken) is not PropertyDeclarationSyntax declaration)
        {
            return null;
        }

        if (declaration.ExpressionBody is { } arrow)
        {
            return model.GetOperation(arrow.Expression, cancellationToken);
        }

        if (declaration.Initializer is { } initializer
            && declaration.AccessorList is { Accessors.Count: 1 } accessors
            && accessors.Accessors[0] is { Body: null, ExpressionBody: null } getter
            && getter.IsKind(SyntaxKind.GetAccessorDeclaration)
            && !IsAssignedByConstructionCode(property.ContainingType, property.Name, cancellationToken))
        {
            return model.GetOperation(initializer.Value, cancellationToken);
        }

        return null;
    }

    /// <summary>Whether a constructor or init accessor of the type mentions the member by name (then it may assign it).</summary>
    private static bool IsAssignedByConstructionCode(INamedTypeSymbol? type, string name, CancellationToken cancellationToken)
    {
        if (type is null)
        {
            return true;
        }

        foreach (var typeReference in type.DeclaringSyntaxReferences)
        {
            if (typeReference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax typeSyntax)
            {
                return true;
            }

            foreach (var member in typeSyntax.Members)
            {
                bool constructionCode = member is ConstructorDeclarationSyntax
                    || (member is BasePropertyDeclarationSyntax { AccessorList: { } list } && HasInit(list));
                if (!constructionCode)
                {
                    continue;
                }

                foreach (var token in member.DescendantTokens())
                {
                    if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
                    {
                        return true;
                    }
                }
            }
        }

        return false;

        static bool HasInit(AccessorListSyntax list)
        {
            foreach (var accessor in list.Accessors)
            {
                if (accessor.IsKind(SyntaxKind.InitAccessorDeclaration))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
