using System.Text;
using System.Text.Json.Nodes;
using AiRace.Core.Data;
using CsCheck;

namespace AiRace.Core.Tests.Data;

/// <summary>Whatever the document, the loader answers with problems, never with an unexpected exception.</summary>
public class LoaderRobustnessTests
{
    private static readonly string[] Replacements = ["null", "1", "-1", "1.5", "\"x\"", "\"\"", "\"-1\"", "[]", "{}", "true", "[1]", "{\"a\":1}"];

    private static IEnumerable<(JsonNode Parent, object Key)> Slots(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (KeyValuePair<string, JsonNode?> property in obj.ToArray())
                {
                    yield return (obj, property.Key);
                    if (property.Value is not null)
                    {
                        foreach (var slot in Slots(property.Value))
                        {
                            yield return slot;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    yield return (array, i);
                    if (array[i] is not null)
                    {
                        foreach (var slot in Slots(array[i]!))
                        {
                            yield return slot;
                        }
                    }
                }

                break;
        }
    }

    [Fact]
    public void Replacing_any_value_with_any_other_kind_of_value_yields_problems_not_crashes()
    {
        int slots = Slots(JsonNode.Parse(MalformedDocumentTests.Valid)!).Count();
        var failures = new List<string>();
        for (int s = 0; s < slots; s++)
        {
            foreach (string replacement in Replacements)
            {
                JsonNode root = JsonNode.Parse(MalformedDocumentTests.Valid)!;
                (JsonNode parent, object key) = Slots(root).ElementAt(s);
                if (key is string name)
                {
                    parent[name] = JsonNode.Parse(replacement);
                }
                else
                {
                    parent[(int)key] = JsonNode.Parse(replacement);
                }

                string json = root.ToJsonString();
                try
                {
                    PolicyData.Validate(Encoding.UTF8.GetBytes(json));
                }
                catch (Exception ex)
                {
                    failures.Add($"{parent.GetPath()}/{key} = {replacement}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        }

        failures.Should().BeEmpty();
        slots.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Removing_any_property_yields_problems_or_a_valid_dataset_not_crashes()
    {
        int slots = Slots(JsonNode.Parse(MalformedDocumentTests.Valid)!).Count();
        for (int s = 0; s < slots; s++)
        {
            JsonNode root = JsonNode.Parse(MalformedDocumentTests.Valid)!;
            (JsonNode parent, object key) = Slots(root).ElementAt(s);
            if (key is string name)
            {
                parent.AsObject().Remove(name);
            }
            else
            {
                parent.AsArray().RemoveAt((int)key);
            }

            Action act = () => PolicyData.Validate(Encoding.UTF8.GetBytes(root.ToJsonString()));
            act.Should().NotThrow(parent.GetPath() + "/" + key);
        }
    }

    [Fact]
    public void Random_byte_damage_yields_problems_not_crashes()
    {
        byte[] valid = Encoding.UTF8.GetBytes(MalformedDocumentTests.Valid);
        Gen.Select(Gen.Int[0, valid.Length - 1], Gen.Byte, Gen.Int[0, 2]).Sample((position, value, mode) =>
        {
            byte[] damaged = mode switch
            {
                0 => [.. valid[..position], .. valid[(position + 1)..]],
                1 => [.. valid[..position], value, .. valid[position..]],
                _ => [.. valid[..position], value, .. valid[(position + 1)..]],
            };
            PolicyData.Validate(damaged);
        });
    }

    [Fact]
    public void The_embedded_document_survives_every_single_value_replacement_with_null()
    {
        JsonNode original = JsonNode.Parse(PolicyData.EmbeddedJson)!;
        int slots = Slots(original).Count();
        var failures = new List<string>();
        for (int s = 0; s < slots; s += 7)
        {
            JsonNode root = original.DeepClone();
            (JsonNode parent, object key) = Slots(root).ElementAt(s);
            if (key is string name)
            {
                parent[name] = null;
            }
            else
            {
                parent[(int)key] = null;
            }

            try
            {
                PolicyData.Validate(Encoding.UTF8.GetBytes(root.ToJsonString()));
            }
            catch (Exception ex)
            {
                failures.Add($"{parent.GetPath()}/{key}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        failures.Should().BeEmpty();
    }
}
