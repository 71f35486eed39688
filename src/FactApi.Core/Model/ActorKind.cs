namespace FactApi.Core.Model;

public enum ActorKind
{
    Person,
    Organization,
    Country,
    Group,
}
