using AiRace.Core.Data;

namespace AiRace.Core.Tests.Data;

public class EmbeddedDatasetLoadTests
{
    [Fact]
    public void Embedded_dataset_loads_without_problems()
    {
        IReadOnlyList<DataProblem> problems = PolicyData.Validate(System.Text.Encoding.UTF8.GetBytes(PolicyData.EmbeddedJson));

        problems.Should().BeEmpty(string.Join("\n", problems));
        PolicyData.Embedded.Programmes.Should().NotBeEmpty();
    }
}
