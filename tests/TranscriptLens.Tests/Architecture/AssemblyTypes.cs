using System.Reflection.Metadata;

namespace TranscriptLens.Tests.Architecture;

/// <summary>
/// The types defined in one assembly and the namespace each belongs to. A nested type belongs to the
/// namespace of its outermost declaring type: closures, iterator and async state machines,
/// <c>&lt;&gt;c</c> lambda caches and the like are part of the code that declares them. Top-level
/// types the compiler adds on its own (anonymous types, <c>&lt;PrivateImplementationDetails&gt;</c>,
/// embedded attributes such as <c>NullableAttribute</c>) belong to no namespace: they are not
/// anybody's design, and only the code that uses them counts.
/// </summary>
internal sealed class AssemblyTypes
{
    /// <summary>How the global namespace is named in the graph (top-level statements' <c>Program</c> lives there).</summary>
    public const string GlobalNamespace = "(global)";

    private readonly MetadataReader _reader;
    private readonly Dictionary<TypeDefinitionHandle, string?> _namespaces = [];
    private readonly Dictionary<(string Namespace, string Name), TypeDefinitionHandle> _topLevel = [];

    /// <summary>Indexes the types of <paramref name="reader"/>'s assembly.</summary>
    public AssemblyTypes(MetadataReader reader)
    {
        _reader = reader;
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if (!type.IsNested)
            {
                _topLevel[(reader.GetString(type.Namespace), reader.GetString(type.Name))] = handle;
            }
        }
    }

    /// <summary>Every type definition, nested ones included.</summary>
    public TypeDefinitionHandleCollection All => _reader.TypeDefinitions;

    /// <summary>The namespace <paramref name="type"/>'s code belongs to, or null for compiler infrastructure.</summary>
    public string? NamespaceOf(TypeDefinitionHandle type)
    {
        if (!_namespaces.TryGetValue(type, out var name))
        {
            var outermost = _reader.GetTypeDefinition(Outermost(type));
            name = IsInfrastructure(outermost) ? null
                : outermost.Namespace.IsNil ? GlobalNamespace
                : _reader.GetString(outermost.Namespace);
            _namespaces[type] = name;
        }

        return name;
    }

    /// <summary>The full name, nesting written with <c>+</c> (for failure messages).</summary>
    public string NameOf(TypeDefinitionHandle handle)
    {
        var type = _reader.GetTypeDefinition(handle);
        var name = _reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return $"{NameOf(declaring)}+{name}";
        }

        var space = _reader.GetString(type.Namespace);
        return space.Length == 0 ? name : $"{space}.{name}";
    }

    /// <summary>
    /// The definition a type reference points to when it points into this assembly. Compilers
    /// write definition tokens for their own types, so this is rare; any other reference is
    /// outside the assembly and resolves to nothing.
    /// </summary>
    public TypeDefinitionHandle? Resolve(TypeReferenceHandle handle)
    {
        var reference = _reader.GetTypeReference(handle);
        var name = _reader.GetString(reference.Name);
        switch (reference.ResolutionScope.Kind)
        {
            case HandleKind.ModuleDefinition:
                return _topLevel.TryGetValue((_reader.GetString(reference.Namespace), name), out var topLevel) ? topLevel : null;
            case HandleKind.TypeReference when Resolve((TypeReferenceHandle)reference.ResolutionScope) is { } outer:
                foreach (var nested in _reader.GetTypeDefinition(outer).GetNestedTypes())
                {
                    if (_reader.GetString(_reader.GetTypeDefinition(nested).Name) == name)
                    {
                        return nested;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private TypeDefinitionHandle Outermost(TypeDefinitionHandle handle)
    {
        var declaring = _reader.GetTypeDefinition(handle).GetDeclaringType();
        return declaring.IsNil ? handle : Outermost(declaring);
    }

    private bool IsInfrastructure(TypeDefinition type)
    {
        if (type.Namespace.IsNil && _reader.GetString(type.Name).StartsWith('<'))
        {
            return true;
        }

        foreach (var attribute in type.GetCustomAttributes())
        {
            if (AttributeType(attribute) is ("Microsoft.CodeAnalysis", "EmbeddedAttribute"))
            {
                return true;
            }
        }

        return false;
    }

    private (string Namespace, string Name) AttributeType(CustomAttributeHandle handle)
    {
        var constructor = _reader.GetCustomAttribute(handle).Constructor;
        var type = constructor.Kind switch
        {
            HandleKind.MethodDefinition => (EntityHandle)_reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType(),
            HandleKind.MemberReference => _reader.GetMemberReference((MemberReferenceHandle)constructor).Parent,
            _ => default,
        };
        return type.Kind switch
        {
            HandleKind.TypeDefinition when _reader.GetTypeDefinition((TypeDefinitionHandle)type) is var d => (_reader.GetString(d.Namespace), _reader.GetString(d.Name)),
            HandleKind.TypeReference when _reader.GetTypeReference((TypeReferenceHandle)type) is var r => (_reader.GetString(r.Namespace), _reader.GetString(r.Name)),
            _ => (string.Empty, string.Empty),
        };
    }
}
