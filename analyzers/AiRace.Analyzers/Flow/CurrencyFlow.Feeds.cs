using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A team's own feed of money (issue 12 §1): a sealed class implementing <c>IObservable&lt;Money&gt;</c> whose
/// <c>Subscribe</c> adds the observer to a list and whose publishing method hands its money to <c>OnNext</c> of every
/// observer of that list. A running total subscribed to a feed made in the same block (<c>var yuan = new
/// RunningTotal(Currency.CNY); feed.Subscribe(yuan);</c>) adds each value published afterwards to its total in its own
/// currency (<c>OnNext(Money value) =&gt; Total += value</c>): <c>feed.Publish(dollars)</c> mixes them.
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>
    /// The currency of the total of a running total subscribed to the feed a publishing call is made on, and the known
    /// other currency of the money published; else null. The feed and the observers are locals of the call's block,
    /// made there (the observers with their primary constructor, no initializer), used before the call only in
    /// statements of that block that subscribe (the subscription discarded or held by a <c>using</c> declaration and
    /// not read) or publish, the observers otherwise only by reading a property; the block has no label and no local
    /// function using them. Cheap: the receiver, the parameter and the interface are tested before any body is read.
    /// </summary>
    public (string Total, string Published)? PublishedMix(IInvocationOperation publish, CancellationToken cancellationToken)
    {
        if (publish is not { Arguments.Length: 1, Instance: ILocalReferenceOperation { Local: { IsRef: false } feed }, TargetMethod: { IsStatic: false, ReturnsVoid: true, Parameters.Length: 1 } method }
            || !_types.IsMoney(method.Parameters[0].Type) || method.IsVirtual || method.IsOverride || method.IsAbstract
            || feed.Type is not INamedTypeSymbol { TypeKind: TypeKind.Class, IsSealed: true, IsGenericType: false } feedType
            || ObservedMoney(feedType, "IObservable") is null
            || publish.Parent is not IExpressionStatementOperation { Parent: IBlockOperation block } statement
            || !_search.IsOwn(feedType)
            || PublishedList(method, cancellationToken) is not { } list
            || Resolve(publish.Arguments[0].Value, FlowMode.Exact, cancellationToken) is not { } published)
        {
            return null;
        }

        int at = -1;
        bool made = false;
        var subscribed = new System.Collections.Generic.List<IOperation>();
        for (int i = 0; i < block.Operations.Length && at < 0; i++)
        {
            var operation = block.Operations[i];
            if (operation is ILabeledOperation || operation is ILocalFunctionOperation && !NotUsing(operation, feed))
            {
                return null;
            }

            if (ReferenceEquals(operation, statement))
            {
                at = i;
                continue;
            }

            if (!made)
            {
                if (operation is IVariableDeclarationGroupOperation group && Declared(group, feed) is { } creation)
                {
                    if (creation is not IObjectCreationOperation { Initializer: null } || !SymbolEqualityComparer.Default.Equals(creation.Type, feedType))
                    {
                        return null;
                    }

                    made = true;
                }

                continue;
            }

            if (NotUsing(operation, feed))
            {
                continue;
            }

            switch (FeedCall(operation, feed, block))
            {
                case IInvocationOperation { TargetMethod: var called } call when SymbolEqualityComparer.Default.Equals(called.OriginalDefinition, method.OriginalDefinition):
                    continue;
                case IInvocationOperation { TargetMethod: var called, Arguments.Length: 1 } call when called.Name == "Subscribe" && Subscribes(called, list, cancellationToken):
                    subscribed.Add(call.Arguments[0].Value);
                    continue;
                default:
                    return null;
            }
        }

        if (at < 0 || !made)
        {
            return null;
        }

        foreach (var observer in subscribed)
        {
            if (ObserverTotal(observer.SkipConversions(), block, cancellationToken) is { } total && total != published)
            {
                return (total, published);
            }
        }

        return null;
    }

    /// <summary>The element type of <c>IObservable&lt;Money&gt;</c> or <c>IObserver&lt;Money&gt;</c> that a type implements, or null.</summary>
    private INamedTypeSymbol? ObservedMoney(INamedTypeSymbol type, string name)
    {
        foreach (var contract in type.AllInterfaces)
        {
            if (contract is { Name: var named, TypeArguments.Length: 1 } && named == name && contract.ContainingNamespace is { Name: "System" } system
                && system.ContainingNamespace.IsGlobalNamespace && _types.IsMoney(contract.TypeArguments[0]))
            {
                return contract;
            }
        }

        return null;
    }

    /// <summary>
    /// The private <c>readonly</c> list field of observers a publishing method hands its money to: its body is only
    /// <c>foreach (var o in _observers) o.OnNext(money);</c> over a field of <c>this</c>, and the type's other uses of the
    /// field only <c>Add</c> or <c>Remove</c> one observer. Null for any other body.
    /// </summary>
    private IFieldSymbol? PublishedList(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var body = OwnBodyOperation(method.OriginalDefinition, cancellationToken);
        if (body is IBlockOperation { Operations.Length: 1 } only)
        {
            body = only.Operations[0];
        }

        if (body is not IForEachLoopOperation { Collection: var collection, Body: var loopBody, Locals.Length: 1 } loop
            || collection.SkipConversions() is not IFieldReferenceOperation { Field: { IsReadOnly: true, IsStatic: false, DeclaredAccessibility: Accessibility.Private } field, Instance: IInstanceReferenceOperation }
            || !SymbolEqualityComparer.Default.Equals(field.ContainingType, method.ContainingType.OriginalDefinition))
        {
            return null;
        }

        if (loopBody is IBlockOperation { Operations.Length: 1 } inner)
        {
            loopBody = inner.Operations[0];
        }

        if (loopBody is not IExpressionStatementOperation
            {
                Operation: IInvocationOperation { TargetMethod: { Name: "OnNext", ContainingType: { TypeKind: TypeKind.Interface } observer }, Instance: ILocalReferenceOperation each, Arguments.Length: 1 } next,
            }
            || !SymbolEqualityComparer.Default.Equals(each.Local, loop.Locals[0]) || observer.Name != "IObserver"
            || next.Arguments[0].Value.SkipConversions() is not IParameterReferenceOperation { Parameter: var given }
            || !SymbolEqualityComparer.Default.Equals(given.ContainingSymbol, method.OriginalDefinition)
            || !OnlyAddedOrRemoved(field, loop.Syntax, cancellationToken))
        {
            return null;
        }

        return field;
    }

    /// <summary>Whether every use of a list field in its type's declaration adds or removes one element, besides the loop that reads it.</summary>
    private bool OnlyAddedOrRemoved(IFieldSymbol field, SyntaxNode reader, CancellationToken cancellationToken)
    {
        if (field.ContainingType.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        var declaration = field.ContainingType.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        foreach (var node in declaration.DescendantNodes())
        {
            if (node is not IdentifierNameSyntax { Identifier.ValueText: var name } identifier || name != field.Name)
            {
                continue;
            }

            SyntaxNode use = identifier.Parent is MemberAccessExpressionSyntax { Name: var accessed } owner && accessed == identifier ? owner : identifier;
            if (use.Parent is ForEachStatementSyntax loop && loop == reader && loop.Expression == use
                || use.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" or "Remove", Parent: InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } } called
                    && called.Expression == use)
            {
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>
    /// Whether a subscribing method of the feed adds its observer to the published list first, and then only returns a
    /// new object of a type of the compilation made by its primary or implicit constructor (the subscription).
    /// </summary>
    private bool Subscribes(IMethodSymbol subscribe, IFieldSymbol list, CancellationToken cancellationToken)
    {
        if (subscribe.IsStatic || subscribe.IsVirtual || subscribe.IsOverride || subscribe.Parameters.Length != 1
            || !SymbolEqualityComparer.Default.Equals(subscribe.ContainingType.OriginalDefinition, list.ContainingType)
            || OwnBodyOperation(subscribe.OriginalDefinition, cancellationToken) is not IBlockOperation { Operations.Length: 2 } body
            || body.Operations[0] is not IExpressionStatementOperation { Operation: IInvocationOperation { TargetMethod.Name: "Add", Instance: { } target, Arguments.Length: 1 } add }
            || target.SkipConversions() is not IFieldReferenceOperation { Field: var added, Instance: IInstanceReferenceOperation }
            || !SymbolEqualityComparer.Default.Equals(added, list)
            || add.Arguments[0].Value.SkipConversions() is not IParameterReferenceOperation { Parameter.Ordinal: 0 }
            || body.Operations[1] is not IReturnOperation { ReturnedValue: var returned }
            || returned?.SkipConversions() is not IObjectCreationOperation { Initializer: null, Constructor: { } constructor }
            || !_search.IsOwn(constructor.ContainingType)
            || !(constructor.IsImplicitlyDeclared || IsPrimaryConstructor(constructor, cancellationToken)))
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// The call on the feed a statement makes: <c>feed.M(…);</c>, or a declaration <c>using var s = feed.M(…);</c> or
    /// <c>var s = feed.M(…);</c> whose local the block reads nowhere else; else null.
    /// </summary>
    private static IInvocationOperation? FeedCall(IOperation statement, ILocalSymbol feed, IBlockOperation block)
    {
        IOperation? value = null;
        ILocalSymbol? held = null;
        switch (statement)
        {
            case IExpressionStatementOperation { Operation: var expression }:
                value = expression;
                break;
            case IUsingDeclarationOperation { DeclarationGroup: var usingGroup }:
                (value, held) = OnlyDeclared(usingGroup);
                break;
            case IVariableDeclarationGroupOperation group:
                (value, held) = OnlyDeclared(group);
                break;
        }

        if (value?.SkipConversions() is not IInvocationOperation { Instance: ILocalReferenceOperation receiver } call
            || !SymbolEqualityComparer.Default.Equals(receiver.Local, feed)
            || held is not null && !NotUsing(block, held))
        {
            return null;
        }

        foreach (var argument in call.Arguments)
        {
            if (!NotUsing(argument, feed))
            {
                return null;
            }
        }

        return call;
    }

    /// <summary>The value and the local of a declaration group declaring one local with an initializer; else nulls.</summary>
    private static (IOperation? Value, ILocalSymbol? Local) OnlyDeclared(IVariableDeclarationGroupOperation group) =>
        group.Declarations.Length == 1 && group.Declarations[0].Declarators.Length == 1 && group.Declarations[0].Declarators[0] is { Initializer: { } initializer } declarator
            ? (initializer.Value, declarator.Symbol)
            : (null, null);

    /// <summary>The value a declaration group gives a local, or null when it does not declare it.</summary>
    private static IOperation? Declared(IVariableDeclarationGroupOperation group, ILocalSymbol local)
    {
        foreach (var declaration in group.Declarations)
        {
            foreach (var declarator in declaration.Declarators)
            {
                if (SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
                {
                    return (declarator.Initializer ?? declaration.Initializer)?.Value.SkipConversions();
                }
            }
        }

        return null;
    }

    /// <summary>Whether an operation reads no reference of a local.</summary>
    private static bool NotUsing(IOperation operation, ILocalSymbol local)
    {
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            if (descendant is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The currency of the running total an observer local holds, when its <c>OnNext</c> only adds the money it is
    /// given to it: the observer is made in the block by <c>new R(…)</c> (a sealed class of the compilation implementing
    /// <c>IObserver&lt;Money&gt;</c>, its primary or implicit constructor, no initializer), and the block uses the local
    /// otherwise only by subscribing it or reading a property; <c>OnNext(Money value) =&gt; Total += value</c> (or
    /// <c>-=</c>), the total a field or auto-property of the class that nothing else writes, whose initializer states
    /// a currency: by itself, or as <c>Money.Zero(currency)</c> of a primary-constructor parameter never written, which the
    /// creation's argument gives. Else null.
    /// </summary>
    private string? ObserverTotal(IOperation? observer, IBlockOperation block, CancellationToken cancellationToken)
    {
        if (observer is not ILocalReferenceOperation { Local: { IsRef: false } local } || local.Type is not INamedTypeSymbol { TypeKind: TypeKind.Class, IsSealed: true, IsGenericType: false } type
            || ObservedMoney(type, "IObserver") is not { } contract || !_search.IsOwn(type) || type.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        IObjectCreationOperation? creation = null;
        foreach (var operation in block.Operations)
        {
            if (creation is null && operation is IVariableDeclarationGroupOperation group && Declared(group, local) is { } made)
            {
                creation = made as IObjectCreationOperation;
                if (creation is not { Initializer: null, Constructor: { } constructor } || !SymbolEqualityComparer.Default.Equals(creation.Type, type)
                    || !(constructor.IsImplicitlyDeclared || IsPrimaryConstructor(constructor, cancellationToken)))
                {
                    return null;
                }

                continue;
            }

            foreach (var descendant in operation.DescendantsAndSelf())
            {
                if (descendant is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                    && !((reference.Parent is IConversionOperation { Parent: var converted } ? converted : reference.Parent) is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Subscribe" } }
                        || reference.Parent is IPropertyReferenceOperation { Property.IsIndexer: false } read && ReferenceEquals(read.Instance, reference)
                            && !(read.Parent is IAssignmentOperation { Target: var written } && ReferenceEquals(written, read))))
                {
                    return null;
                }
            }
        }

        if (creation is null || contract.GetMembers("OnNext") is not { Length: 1 } members || members[0] is not IMethodSymbol next
            || type.FindImplementationForInterfaceMember(next) is not IMethodSymbol { IsVirtual: false, IsAbstract: false } onNext)
        {
            return null;
        }

        var body = OwnBodyOperation(onNext, cancellationToken);
        if (body is IBlockOperation { Operations.Length: 1 } only)
        {
            body = only.Operations[0];
        }

        if (body is IExpressionStatementOperation { Operation: var expression })
        {
            body = expression;
        }

        if (body is not ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract, Target: var target, Value: var given } compound
            || given.SkipConversions() is not IParameterReferenceOperation { Parameter.Ordinal: 0 }
            || !compound.OperatorMethod.IsOn(_types.Money)
            || TotalInitializer(target, type, compound.Syntax, cancellationToken) is not { } initial)
        {
            return null;
        }

        // Money.Zero(currency), currency a primary-constructor parameter: what this creation gives it
        if (initial.SkipConversions() is IInvocationOperation { TargetMethod: { Name: "Zero", IsStatic: true } zero, Arguments.Length: 1 } seed && zero.IsOn(_types.Money)
            && seed.Arguments[0].Value.SkipConversions() is IParameterReferenceOperation { Parameter: { RefKind: RefKind.None, ContainingSymbol: IMethodSymbol primary } parameter }
            && SymbolEqualityComparer.Default.Equals(primary, creation.Constructor))
        {
            if (!NeverWritten(parameter, cancellationToken))
            {
                return null;
            }

            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter?.Ordinal == parameter.Ordinal)
                {
                    return argument.ArgumentKind == ArgumentKind.DefaultValue ? null : Resolve(argument.Value, FlowMode.Exact, cancellationToken);
                }
            }

            return null;
        }

        return Resolve(initial, FlowMode.Exact, cancellationToken);
    }

    /// <summary>
    /// The initializer of the total an observer's <c>OnNext</c> adds to: a private field, or an auto-property of
    /// <c>this</c> with a private setter or none, whose only write in the class is that addition; else null.
    /// </summary>
    private IOperation? TotalInitializer(IOperation target, INamedTypeSymbol type, SyntaxNode addition, CancellationToken cancellationToken)
    {
        ISymbol member;
        SyntaxNode? initializer;
        switch (target)
        {
            case IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } property, Instance: IInstanceReferenceOperation }
                when property.SetMethod is null or { DeclaredAccessibility: Accessibility.Private, IsInitOnly: false } && IsAutoProperty(property, cancellationToken)
                    && SymbolEqualityComparer.Default.Equals(property.ContainingType, type):
                member = property;
                initializer = (property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) as PropertyDeclarationSyntax)?.Initializer;
                break;
            case IFieldReferenceOperation { Field: { IsStatic: false, DeclaredAccessibility: Accessibility.Private } field, Instance: IInstanceReferenceOperation }
                when SymbolEqualityComparer.Default.Equals(field.ContainingType, type) && field.DeclaringSyntaxReferences.Length == 1:
                member = field;
                initializer = (field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) as VariableDeclaratorSyntax)?.Initializer;
                break;
            default:
                return null;
        }

        if (initializer is null)
        {
            return null;
        }

        foreach (var node in type.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken).DescendantNodes())
        {
            if (node is not IdentifierNameSyntax { Identifier.ValueText: var name } identifier || name != member.Name)
            {
                continue;
            }

            SyntaxNode use = identifier.Parent is MemberAccessExpressionSyntax { Name: var accessed } owner && accessed == identifier ? owner : identifier;
            bool written = use.Parent is AssignmentExpressionSyntax { Left: var left } && left == use
                || use.Parent is ArgumentSyntax { RefKindKeyword.RawKind: not 0 } or TupleExpressionSyntax or ArgumentSyntax { Parent: TupleExpressionSyntax }
                || use.Parent is PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax
                || use.Parent is RefExpressionSyntax;
            if (written && use.Parent != addition)
            {
                return null;
            }
        }

        var model = _search.ModelOf(initializer.SyntaxTree);
        return model.GetOperation(initializer, cancellationToken) switch
        {
            IPropertyInitializerOperation { Value: var value } => value,
            IFieldInitializerOperation { Value: var value } => value,
            _ => null,
        };
    }
}
