using AiRace.Core.Data;

namespace AiRace.Core.Tests.Data;

/// <summary>The public types a loader's report is made of, on their own: <see cref="DataProblem"/>'s equality and
/// text, <see cref="DataProblemList"/>'s counts and text, and every constructor of <see cref="PolicyDataException"/>
/// with the message each gives (found untested by the loader's mutation run, tests/README.md).</summary>
public class LoaderProblemTypesTests
{
    private static readonly DataProblem First = new("$.sources[0].id", 3, 7, "Bad id.");
    private static readonly DataProblem Second = new("$.sources[1].id", 4, 9, "Another bad id.");

    [Fact]
    public void A_problem_is_equal_to_another_only_in_every_part()
    {
        var same = new DataProblem("$.sources[0].id", 3, 7, "Bad id.");
        First.Equals(same).Should().BeTrue();
        First.Equals((object)same).Should().BeTrue();
        First.GetHashCode().Should().Be(same.GetHashCode());
        First.Equals(new DataProblem("$.sources[9].id", 3, 7, "Bad id.")).Should().BeFalse();
        First.Equals(new DataProblem("$.sources[0].id", 2, 7, "Bad id.")).Should().BeFalse();
        First.Equals(new DataProblem("$.sources[0].id", 3, 8, "Bad id.")).Should().BeFalse();
        First.Equals(new DataProblem("$.sources[0].id", 3, 7, "Other.")).Should().BeFalse();
        First.Equals("$.sources[0].id (line 3, column 7): Bad id.").Should().BeFalse();
        (First.Path, First.Line, First.Column, First.Message).Should().Be(("$.sources[0].id", 3, 7, "Bad id."));
        First.ToString().Should().Be("$.sources[0].id (line 3, column 7): Bad id.");
        First.Equals((DataProblem?)null).Should().BeFalse();
    }

    [Fact]
    public void A_list_counts_what_it_lists_and_what_it_leaves_out()
    {
        var all = new DataProblemList([First, Second], 2);
        (all.Count, all.TotalCount, all.OmittedCount).Should().Be((2, 2, 0));
        all[1].Should().BeSameAs(Second);
        all.Should().Equal(First, Second);
        ((System.Collections.IEnumerable)all).Cast<DataProblem>().Should().Equal(First, Second);
        all.ToString().Should().Be("  " + First + Environment.NewLine + "  " + Second);

        var oneMore = new DataProblem[] { First }.ToList();
        var cut = new DataProblemList(oneMore, 2);
        oneMore.Add(Second);
        cut.Should().Equal(new[] { First }, "the list is a copy");
        (cut.Count, cut.TotalCount, cut.OmittedCount).Should().Be((1, 2, 1));
        cut.ToString().Should().Be("  " + First + Environment.NewLine + "  … and 1 more problem.");
        new DataProblemList([First], 1_235).ToString().Should().EndWith("  … and 1,234 more problems.");

        DataProblemList.None.Should().BeEmpty();
        (DataProblemList.None.TotalCount, DataProblemList.None.OmittedCount).Should().Be((0, 0));
        DataProblemList.None.ToString().Should().BeEmpty();

        ArgumentOutOfRangeException less = Assert.Throws<ArgumentOutOfRangeException>(() => new DataProblemList([First, Second], 1));
        less.ParamName.Should().Be("totalCount");
        less.Message.Should().StartWith("The total (1) is less than the 2 problems listed.");
        Assert.Throws<ArgumentNullException>(() => new DataProblemList(null!, 0)).ParamName.Should().Be("listed");
    }

    [Fact]
    public void The_exception_says_how_many_problems_and_lists_them()
    {
        var one = new PolicyDataException([First]);
        one.Message.Should().Be("The policy dataset has 1 problem; nothing was loaded:" + Environment.NewLine + "  " + First);
        one.Problems.Should().Equal(First);

        var two = new PolicyDataException(new DataProblemList([First, Second], 2));
        two.Message.Should().Be("The policy dataset has 2 problems; nothing was loaded:" + Environment.NewLine + "  " + First + Environment.NewLine + "  " + Second);

        var many = new PolicyDataException(new DataProblemList([First], 1_500));
        many.Message.Should().Be("The policy dataset has 1,500 problems; nothing was loaded. The first 1:" + Environment.NewLine
            + "  " + First + Environment.NewLine + "  … and 1,499 more problems.");
        many.Problems.TotalCount.Should().Be(1_500);

        var list = new DataProblemList([Second], 1);
        new PolicyDataException((IReadOnlyList<DataProblem>)list).Problems.Should().BeSameAs(list, "a list is kept as it is");
        new PolicyDataException((IReadOnlyList<DataProblem>)new[] { First, Second }).Problems.TotalCount.Should().Be(2);
    }

    [Fact]
    public void The_exception_without_problems_says_the_dataset_is_invalid()
    {
        var none = new PolicyDataException();
        none.Message.Should().Be("The policy dataset is invalid.");
        none.Problems.Should().BeEmpty();
        none.Problems.TotalCount.Should().Be(0);

        new PolicyDataException((IReadOnlyList<DataProblem>)null!).Message.Should().Be("The policy dataset is invalid.");
        var nullList = new PolicyDataException((DataProblemList)null!);
        nullList.Message.Should().Be("The policy dataset is invalid.");
        nullList.Problems.Should().BeSameAs(DataProblemList.None);

        var worded = new PolicyDataException("The file is not a dataset.");
        worded.Message.Should().Be("The file is not a dataset.");
        worded.Problems.Should().BeSameAs(DataProblemList.None);

        var inner = new InvalidOperationException("inner");
        var wrapped = new PolicyDataException("Could not load.", inner);
        wrapped.Message.Should().Be("Could not load.");
        wrapped.InnerException.Should().BeSameAs(inner);
        wrapped.Problems.Should().BeSameAs(DataProblemList.None);
    }
}
