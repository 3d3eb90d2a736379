using System.Text.Json;
using System.Text.Json.Nodes;
using AiRace.Core.Data;

namespace AiRace.Core.Tests.Data;

public class WriterTests
{
    [Fact]
    public void Writing_the_embedded_dataset_and_reading_it_back_loses_nothing()
    {
        string written = PolicyData.ToJson(PolicyData.Embedded);

        PolicyDataset reread = PolicyData.Parse(written);

        PolicyData.ToJson(reread).Should().Be(written);
        JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(PolicyData.EmbeddedJson)).Should().BeTrue("the writer reproduces the embedded document's content");
    }

    [Fact]
    public void A_merged_dataset_can_be_saved_and_loaded_again()
    {
        PolicyDataset merged = PolicyData.Parse(MalformedDocumentTests.Valid)
            .Merge(PolicyData.Parse("""{"formatVersion":1,"sources":[{"id":"extra","published":"2024","locator":"y","confidence":"medium"}]}"""));
        using var stream = new MemoryStream();

        PolicyData.Write(merged, stream);
        stream.Position = 0;
        PolicyDataset reread = PolicyData.Load(stream);

        reread.Sources.Select(s => s.Id).Should().Equal("s1", "extra");
        reread.Programme("p1").Parts.Single().Amount.Amount.Should().Be(Money.Cny(600));
        reread.Targets.Single().BaselineYear.Should().Be(2023);
    }
}
