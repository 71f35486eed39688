using System.Text.Json.Nodes;

namespace FactApi.Infra.Tests;

/// <summary>Without keys, these role assignments are the only way the app reaches storage and Application Insights.</summary>
[Collection(BicepCollection.Name)]
public sealed class RoleAssignmentTests(CompiledTemplates templates)
{
    // Built-in role definition ids, the same in every tenant.
    public static TheoryData<string, string> Roles => new()
    {
        { "Storage Blob Data Owner", "b7e6dc6d-f1e8-4753-8033-0f276bb0955b" },
        { "Storage Table Data Contributor", "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3" },
        { "Storage Queue Data Contributor", "974c5e8b-45b9-4653-ba55-5f855dd0fb88" },
        { "Monitoring Metrics Publisher", "3913510d-42f4-4e42-8a64-420c390055eb" },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public void The_app_identity_always_gets_the_role(string role, string roleDefinitionId)
    {
        Assert.True(
            RoleDefinitionIds(AppRoles()).Any(id => id.Contains(roleDefinitionId, StringComparison.OrdinalIgnoreCase)),
            $"No role assignment for {role} ({roleDefinitionId}) in the app identity's module.");
    }

    [Fact]
    public void The_app_identity_is_assigned_as_a_service_principal()
    {
        var principalType = AppRoles()["properties"]!["parameters"]!["principalType"]!["value"]!.GetValue<string>();
        Assert.Equal("ServicePrincipal", principalType);
    }

    [Fact]
    public void The_deploying_user_gets_roles_only_when_a_principal_id_is_given()
    {
        var userRoles = Deployment("user-roles");
        Assert.Contains("principalId", userRoles["condition"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    // The app identity's module must not be conditional: the app cannot start without these roles.
    private JsonObject AppRoles()
    {
        var appRoles = Deployment("app-roles");
        Assert.Null(appRoles["condition"]);
        return appRoles;
    }

    private JsonObject Deployment(string name) =>
        Assert.Single(
            ArmResources.OfType(templates.Main, "Microsoft.Resources/deployments"),
            d => d["name"]!.GetValue<string>() == name);

    private static IEnumerable<string> RoleDefinitionIds(JsonObject deployment) =>
        ArmResources.OfType(deployment["properties"]!["template"]!, "Microsoft.Authorization/roleAssignments")
            .Select(r => r["properties"]!["roleDefinitionId"]!.GetValue<string>());
}
