using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRace.Analyzers;

/// <summary>
/// Whether a local can be written after its declaration, read from the syntax of its scope: a search for its name in
/// write positions (assignments, increments, <c>ref</c>/<c>out</c> arguments, deconstructions, <c>ref</c> aliases,
/// receivers of <c>this ref</c> extension methods and of a struct's methods that are not readonly; for a tuple or struct
/// local, also its fields in those positions). Conservative: an identifier of the same name in a write position
/// counts as a write even when it names something else, so the answer "not written" is always right. Needs no cache
/// and no operation tree walk: the search stops at the first write.
/// </summary>
internal static class LocalWrites
{
    /// <summary>
    /// Whether the local may be written anywhere in its scope except by its declaration and <paramref name="ignoredWrite"/>.
    /// Here a reference given for reading (an <c>in</c> argument, a plain one for an <c>in</c> or <c>ref readonly</c>
    /// parameter or receiver) counts as a write too: <c>Unsafe.AsRef</c> makes it writable, so a value taken as the
    /// local's only one may be another.
    /// </summary>
    /// <param name="local">The local.</param>
    /// <param name="declarator">The local's declarator (its scope is found from there).</param>
    /// <param name="ignoredWrite">The syntax of a compound assignment whose own write is not counted, or null.</param>
    /// <param name="model">The semantic model of the declarator's tree (used only for receivers of extension calls).</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    public static bool MayBeWritten(ILocalSymbol local, VariableDeclaratorSyntax declarator, SyntaxNode? ignoredWrite, SemanticModel model, CancellationToken cancellationToken)
    {
        var scope = ScopeOf(declarator);
        return scope is null || MayBeWrittenIn(local.Name, local.Type, scope, ignoredWrite, model, cancellationToken, readOnlyReferences: true);
    }

    /// <summary>Whether the local may be written anywhere in a node that encloses all its uses (an <c>out var</c>'s member), except by <paramref name="ignoredWrite"/>.</summary>
    /// <param name="local">The local.</param>
    /// <param name="scope">A node around every use of the local.</param>
    /// <param name="ignoredWrite">The syntax of a compound assignment whose own write is not counted, or null.</param>
    /// <param name="model">The semantic model of the scope's tree (used only for receivers of extension calls).</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <param name="readOnlyReferences">Whether a reference given for reading counts as a write (see <see cref="MayBeWritten"/>).</param>
    public static bool MayBeWrittenIn(ILocalSymbol local, SyntaxNode scope, SyntaxNode? ignoredWrite, SemanticModel model, CancellationToken cancellationToken, bool readOnlyReferences = false) =>
        MayBeWrittenIn(local.Name, local.Type, scope, ignoredWrite, model, cancellationToken, readOnlyReferences: readOnlyReferences);

    /// <summary>Whether a parameter may be written anywhere in a node (its method, or a function that captures it).</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="scope">A node around the uses that matter.</param>
    /// <param name="model">The semantic model of the scope's tree (used only for receivers of extension calls).</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    public static bool MayBeWrittenIn(IParameterSymbol parameter, SyntaxNode scope, SemanticModel model, CancellationToken cancellationToken) =>
        MayBeWrittenIn(parameter.Name, parameter.Type, scope, null, model, cancellationToken);

    /// <summary>
    /// Whether a local or parameter may be written anywhere in a node, counting only the occurrences of its name that
    /// the semantic model binds to it (not a local function's parameter or another block's local of the same name).
    /// </summary>
    /// <param name="variable">The local or parameter.</param>
    /// <param name="scope">A node around the uses that matter.</param>
    /// <param name="model">The semantic model of the scope's tree.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <param name="ignoredWrite">The syntax of an assignment whose own write is not counted, or null.</param>
    public static bool SymbolMayBeWrittenIn(ISymbol variable, SyntaxNode scope, SemanticModel model, CancellationToken cancellationToken, SyntaxNode? ignoredWrite = null) =>
        variable switch
        {
            ILocalSymbol local => MayBeWrittenIn(local.Name, local.Type, scope, ignoredWrite, model, cancellationToken, variable),
            IParameterSymbol parameter => MayBeWrittenIn(parameter.Name, parameter.Type, scope, ignoredWrite, model, cancellationToken, variable),
            _ => true,
        };

    private static bool MayBeWrittenIn(string name, ITypeSymbol type, SyntaxNode scope, SyntaxNode? ignoredWrite, SemanticModel model, CancellationToken cancellationToken, ISymbol? only = null, bool readOnlyReferences = false)
    {
        // a write of a field of a tuple or struct local (or through its indexer) writes the local; the members of an
        // object do not
        bool valueType = !type.IsReferenceType;
        foreach (var token in IdentifierScan.In(scope, name, cancellationToken))
        {
            if (token.Parent is IdentifierNameSyntax identifier && IsWrite(identifier, valueType, ignoredWrite, model, cancellationToken, readOnlyReferences)
                && (only is null || model.SyntaxTree != identifier.SyntaxTree
                    || model.GetSymbolInfo(identifier, cancellationToken).Symbol is not { } bound || SymbolEqualityComparer.Default.Equals(bound.OriginalDefinition, only.OriginalDefinition)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether one occurrence of a local's name writes the local: an assignment to it, an increment, a <c>ref</c> or
    /// <c>out</c> argument, a deconstruction, <c>ref</c> or an address taken, a method that may assign its receiver.
    /// </summary>
    /// <param name="identifier">An occurrence of the local's name.</param>
    /// <param name="local">The local.</param>
    /// <param name="model">The semantic model of the identifier's tree (used only for receivers of extension calls).</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    public static bool Writes(IdentifierNameSyntax identifier, ILocalSymbol local, SemanticModel model, CancellationToken cancellationToken) =>
        IsWrite(identifier, !local.Type.IsReferenceType, null, model, cancellationToken);

    /// <summary>The node that encloses every use of a local declared by this declarator, or null when unknown.</summary>
    private static SyntaxNode? ScopeOf(VariableDeclaratorSyntax declarator) =>
        // declarator → declaration → statement (local declaration, for, using, fixed) → its container
        ScopeOfStatement(declarator.Parent?.Parent);

    /// <summary>The node that encloses every use of a local declared by a statement (a declaration, or a deconstruction's
    /// expression statement <c>var (a, b) = …;</c>), or null when unknown.</summary>
    public static SyntaxNode? ScopeOfStatement(SyntaxNode? statement)
    {
        var container = statement?.Parent;
        while (container is LabeledStatementSyntax)
        {
            container = container.Parent;
        }

        // a local declared in a switch section is in scope in the whole switch block (written in another section)
        if (container is SwitchSectionSyntax)
        {
            container = container.Parent;
        }

        // top-level statements: a local of one global statement is used by the following ones
        return container is GlobalStatementSyntax global ? global.Parent : container;
    }

    private static bool IsWrite(IdentifierNameSyntax identifier, bool valueType, SyntaxNode? ignoredWrite, SemanticModel model, CancellationToken cancellationToken, bool readOnlyReferences = false)
    {
        SyntaxNode node = identifier;
        while (true)
        {
            while (node.Parent is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
            {
                node = node.Parent;
            }

            // split.Partner = …, ref split.Partner, (split.Partner, _) = …: writing a field of a tuple or struct local
            // changes the local's value; a member of a member (local.A.B) likewise
            if (valueType && node.Parent is MemberAccessExpressionSyntax member && member.Expression == node
                && !(member.Parent is InvocationExpressionSyntax call && call.Expression == member))
            {
                node = member;
                continue;
            }

            // split[0] = …: a struct's indexer setter may assign this
            if (valueType && node.Parent is ElementAccessExpressionSyntax element && element.Expression == node)
            {
                node = element;
                continue;
            }

            break;
        }

        switch (node.Parent)
        {
            case AssignmentExpressionSyntax assignment:
                return assignment.Left == node && assignment != ignoredWrite;
            case PrefixUnaryExpressionSyntax prefix:
                return prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression) || prefix.IsKind(SyntaxKind.AddressOfExpression);
            case PostfixUnaryExpressionSyntax postfix:
                return postfix.IsKind(SyntaxKind.PostIncrementExpression) || postfix.IsKind(SyntaxKind.PostDecrementExpression);
            case RefExpressionSyntax:
            case MakeRefExpressionSyntax:
                return true;
            case ArgumentSyntax argument:
                // an in argument, or a plain one for an in or ref readonly parameter, is a reference the callee can
                // make writable (Unsafe.AsRef(in code) = …)
                return argument.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) || argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword)
                    || IsDeconstructionTarget(argument)
                    || readOnlyReferences && (argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword)
                        || argument.RefKindKeyword.IsKind(SyntaxKind.None) && MayBeReadOnlyReference(argument, model, cancellationToken));
            case MemberAccessExpressionSyntax access when access.Expression == node && access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access:
                return MayReassignReceiver(access, model, cancellationToken, readOnlyReferences);
            default:
                return false;
        }
    }

    /// <summary>Whether a plain argument may be given to an <c>in</c> or <c>ref readonly</c> parameter (or one not known).</summary>
    private static bool MayBeReadOnlyReference(ArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken)
    {
        if (argument.Parent is not ArgumentListSyntax { Parent: InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax })
        {
            // a tuple's element, an element access's index, an attribute's argument
            return false;
        }

        if (model.SyntaxTree != argument.SyntaxTree)
        {
            return true;
        }

        return model.GetOperation(argument, cancellationToken) is Microsoft.CodeAnalysis.Operations.IArgumentOperation given
            ? given.Parameter is { RefKind: RefKind.In or RefKind.RefReadOnlyParameter }
            : model.GetSymbolInfo(argument.Parent.Parent, cancellationToken) is { Symbol: null, CandidateSymbols.IsEmpty: false };
    }

    /// <summary>Whether a tuple element is assigned to: <c>(a, b) = …</c> or <c>foreach ((a, b) in …)</c>.</summary>
    private static bool IsDeconstructionTarget(ArgumentSyntax argument)
    {
        SyntaxNode node = argument;
        while (node.Parent is TupleExpressionSyntax tuple)
        {
            if (tuple.Parent is AssignmentExpressionSyntax assignment && assignment.Left == tuple)
            {
                return true;
            }

            if (tuple.Parent is ForEachVariableStatementSyntax loop && loop.Variable == tuple)
            {
                return true;
            }

            if (tuple.Parent is not ArgumentSyntax outer)
            {
                return false;
            }

            node = outer;
        }

        return false;
    }

    /// <summary>Whether <c>x.M()</c> may assign <c>x</c>: M is an extension whose receiver is passed by <c>ref</c> (or is not known).</summary>
    private static bool MayReassignReceiver(MemberAccessExpressionSyntax access, SemanticModel model, CancellationToken cancellationToken, bool readOnlyReferences)
    {
        if (model.SyntaxTree != access.SyntaxTree)
        {
            return true;
        }

        if (model.GetSymbolInfo(access, cancellationToken).Symbol is not IMethodSymbol method)
        {
            return true;
        }

        if (method.MethodKind == MethodKind.ReducedExtension)
        {
            var reducedFrom = method.ReducedFrom;
            return reducedFrom is null || reducedFrom.Parameters.IsEmpty || IsWritable(reducedFrom.Parameters[0].RefKind, readOnlyReferences);
        }

        // C# 14 extension blocks: the receiver is the block's parameter
        if (method.ContainingType is { IsExtension: true } extension)
        {
            var receiver = extension.ExtensionParameter;
            return receiver is null || IsWritable(receiver.RefKind, readOnlyReferences);
        }

        // a struct's method of the compilation that is not readonly may assign its fields or this (this = new Allowance { … })
        return !method.IsStatic && !method.IsReadOnly && method.ContainingType is { IsValueType: true } && !method.DeclaringSyntaxReferences.IsEmpty;
    }

    private static bool IsWritable(RefKind kind, bool readOnlyReferences) =>
        kind is RefKind.Ref or RefKind.Out || readOnlyReferences && kind is (RefKind.In or RefKind.RefReadOnlyParameter);
}
