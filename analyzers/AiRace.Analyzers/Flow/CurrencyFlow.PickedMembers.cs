using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// Two money members of records a list pattern picks out of a collection parameter and an arm combines
/// (<c>tranches switch { …, [var first, .., var last] =&gt; last.Amount - first.Amount }</c>): the elements at those
/// positions (<see cref="ElementPick"/>) and the member read on each.
/// </summary>
internal sealed class MemberPick
{
    public MemberPick(int position, ElementPick elements, IPropertySymbol firstMember, IPropertySymbol secondMember, string what)
    {
        Position = position;
        Elements = elements;
        FirstMember = firstMember;
        SecondMember = secondMember;
        What = what;
    }

    /// <summary>The position of the collection parameter (see <see cref="ExtensionBlocks"/>).</summary>
    public int Position { get; }

    /// <summary>Which two elements the arm's variables hold.</summary>
    public ElementPick Elements { get; }

    /// <summary>The member read on the first element.</summary>
    public IPropertySymbol FirstMember { get; }

    /// <summary>The member read on the second element.</summary>
    public IPropertySymbol SecondMember { get; }

    /// <summary>What the arm does, as written: <c>last.Amount - first.Amount</c>.</summary>
    public string What { get; }
}

/// <summary>
/// A method that switches on a collection parameter of records with list patterns (as <see
/// cref="WithListPatternPairs"/> does for a collection of money) and combines, in an arm, money members of two of the
/// pattern's variables: a call whose collection is written out with elements the flow sees created is checked with what
/// those creations give the members.
/// </summary>
internal sealed partial class CurrencyFlow
{
    private static readonly MemberPick[] NoMemberPicks = System.Array.Empty<MemberPick>();

    private FactCache<MemberPick[]>? _memberPicks;

    private FactCache<MemberPick[]> MemberPicks => _memberPicks ??= Facts<MemberPick[]>((s, c) => ComputeMemberPicks((IMethodSymbol)s, c), NoMemberPicks, NoMemberPicks);

    /// <summary>
    /// A cheap first look: a method of the code with a collection parameter taken by value whose elements are of a class
    /// or struct other than money, whose declaration holds a list pattern.
    /// </summary>
    internal static bool MayPickMembers(IMethodSymbol method, KnownTypes types)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.DeclaringSyntaxReferences.Length != 1 || method.IsAbstract)
        {
            return false;
        }

        bool collection = false;
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind == RefKind.None && !parameter.IsParams && ValueTypeOf(parameter.Type) is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } element
                && !types.CarriesCurrency(element) && !IsDictionary(parameter.Type))
            {
                collection = true;
            }
        }

        if (!collection)
        {
            return false;
        }

        foreach (var node in method.DeclaringSyntaxReferences[0].GetSyntax().DescendantNodes())
        {
            if (node is ListPatternSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The two currencies the members a call's written-out collection gives a <see cref="MemberPick"/> of the called method; else none.</summary>
    public List<(string What, string First, string Second)>? PickedMemberMixes(IMethodSymbol method, IOperation? instance, ImmutableArray<IArgumentOperation> arguments, CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.Length != 1)
        {
            // a method of another assembly: no body of the code to pick from
            return null;
        }

        List<(string What, string First, string Second)>? mixes = null;
        foreach (var pick in MemberPicks.Get(method.OriginalDefinition, cancellationToken))
        {
            if (pick.Elements.Of(ExtensionBlocks.ArgumentAt(method, instance, arguments, pick.Position)) is not { } elements
                || PickedMemberValue(elements.First, pick.FirstMember, cancellationToken) is not { } first
                || PickedMemberValue(elements.Second, pick.SecondMember, cancellationToken) is not { } second
                || first == second)
            {
                continue;
            }

            (mixes ??= new List<(string What, string First, string Second)>()).Add((method.Name + ": " + pick.What, first, second));
        }

        return mixes;
    }

    /// <summary>The known currency a member of one element written out holds (an interface's member through the element's own type); else null.</summary>
    private string? PickedMemberValue(IOperation element, IPropertySymbol member, CancellationToken cancellationToken) =>
        Currencies.Known(ReceiverMemberValue(element.SkipConversions() ?? element, member, 0, FlowMode.Exact, cancellationToken) ?? InterfaceMemberValue(element, member, 0, cancellationToken));

    private MemberPick[] ComputeMemberPicks(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (!MayPickMembers(method, _types) || OwnBodyOperation(method, cancellationToken) is not { } body)
        {
            return NoMemberPicks;
        }

        List<MemberPick>? picks = null;
        ForEachListPatternArm(method, body, (parameter, list, value, arms) => AddMemberPicks(ref picks, method, parameter, list, value, arms));

        return picks is null ? NoMemberPicks : picks.ToArray();
    }

    /// <summary>The picks Money's operators make of money members of two of an arm's variables in the arm's value (not inside a lambda).</summary>
    private void AddMemberPicks(ref List<MemberPick>? picks, IMethodSymbol method, IParameterSymbol parameter, IListPatternOperation list, IOperation value, ImmutableArray<(int Length, bool Open)> arms)
    {
        foreach (var operation in OwnOperations(value))
        {
            if (operation is not IBinaryOperation { OperatorMethod: { } operatorMethod } binary || !operatorMethod.IsOn(_types.Money)
                || !_types.IsMoney(binary.LeftOperand.Type) || !_types.IsMoney(binary.RightOperand.Type)
                || Scaled(binary.LeftOperand) is not IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } firstMember, Instance: { } firstRead }
                || Scaled(binary.RightOperand) is not IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } secondMember, Instance: { } secondRead }
                || Position(list, firstRead) is not { } first || Position(list, secondRead) is not { } second
                || first.Index == second.Index && first.FromEnd == second.FromEnd || UsedOtherwiseIn(value, firstRead, throughMember: true) || UsedOtherwiseIn(value, secondRead, throughMember: true))
            {
                continue;
            }

            var pick = new ElementPick(first.Index, first.FromEnd, second.Index, second.FromEnd, arms);
            (picks ??= new List<MemberPick>()).Add(new MemberPick(ExtensionBlocks.PositionOf(parameter, method), pick, firstMember, secondMember, binary.Syntax.ToString()));
        }
    }
}
