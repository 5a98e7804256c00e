package org.confide.adapter.web;

import jakarta.validation.Constraint;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.confide.domain.shared.FieldProblem;

/**
 * Every problem with one request, answered together: first its shape, checked by Jakarta Validation
 * against the constraints on the request record (a field present, of its type), then what mapping
 * it to a command finds (a day that is not a day, a date that is not a date). One 400 lists them
 * all rather than the first. What the values mean is the domain's to check.
 *
 * <p>A request record whose only constraints are {@code @NotNull}, and {@code @Valid} on a nested
 * record of the same kind, is checked without the validator, by reading its fields, found once per
 * record type: the same problems in the same words, for less work on every request.
 */
public final class RequestProblems {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private final List<FieldProblem> problems = new ArrayList<>();

  private RequestProblems() {}

  /** The message of a missing required field, as the validator words it. */
  private static final String REQUIRED = requiredMessage();

  /**
   * Each request record's fields that must be present, when {@code @NotNull} (and {@code @Valid} on
   * a nested record of the same kind) are all its constraints; otherwise empty, and the record is
   * checked by the validator. Most requests are of that kind, and reading the constraints again for
   * every request through the validator's reflection cost more than the checks themselves.
   */
  private static final ClassValue<Optional<RequiredFields>> REQUIRED_FIELDS =
      new ClassValue<>() {
        @Override
        protected Optional<RequiredFields> computeValue(Class<?> type) {
          return RequiredFields.of(type, new HashSet<>());
        }
      };

  /** The problems with the shape of {@code request}, each named by its path in the body. */
  public static RequestProblems of(Object request) {
    var required = REQUIRED_FIELDS.get(request.getClass());
    if (required.isEmpty()) {
      return byValidator(request);
    }
    var found = new RequestProblems();
    required.get().check(request, "", found.problems);
    found.problems.sort(Comparator.comparing(FieldProblem::field));
    return found;
  }

  /**
   * Whether requests of {@code type} are checked without the validator.
   *
   * @param type a request record
   * @return true if its only constraints are {@code @NotNull} and {@code @Valid} on nested records
   */
  static boolean checkedWithoutValidator(Class<?> type) {
    return REQUIRED_FIELDS.get(type).isPresent();
  }

  /**
   * The problems with {@code request} as Jakarta Validation finds them, whatever its constraints.
   */
  static RequestProblems byValidator(Object request) {
    var found = new RequestProblems();
    VALIDATOR.validate(request).stream()
        .map(v -> new FieldProblem(field(v.getPropertyPath()), v.getMessage()))
        .sorted(Comparator.comparing(FieldProblem::field))
        .forEach(found.problems::add);
    return found;
  }

  private static String requiredMessage() {
    record Probe(@NotNull Object value) {}
    return VALIDATOR.validate(new Probe(null)).iterator().next().getMessage();
  }

  /**
   * The fields of a request record that must be present, and the nested records checked in turn:
   * what the validator would check of a record whose only constraints are {@code @NotNull} and
   * {@code @Valid} on a record component that is itself such a record.
   */
  private record RequiredFields(List<Component> components) {

    private record Component(
        String name, Method accessor, boolean required, RequiredFields nested) {}

    static Optional<RequiredFields> of(Class<?> type, Set<Class<?>> visiting) {
      // An interface may constrain its methods for the record too: left to the validator.
      if (!type.isRecord()
          || type.getInterfaces().length > 0
          || hasConstraint(type.getAnnotations())
          || !visiting.add(type)) {
        return Optional.empty();
      }
      var components = new ArrayList<Component>();
      for (var component : type.getRecordComponents()) {
        var annotations = new ArrayList<Annotation>(List.of(component.getAnnotations()));
        annotations.addAll(List.of(component.getAccessor().getAnnotations()));
        try {
          annotations.addAll(List.of(type.getDeclaredField(component.getName()).getAnnotations()));
        } catch (NoSuchFieldException impossible) {
          return Optional.empty();
        }
        boolean required = false;
        boolean cascaded = false;
        for (var annotation : annotations) {
          if (annotation instanceof NotNull notNull) {
            if (notNull.groups().length > 0
                || notNull.payload().length > 0
                || !notNull.message().equals("{jakarta.validation.constraints.NotNull.message}")) {
              return Optional.empty();
            }
            required = true;
          } else if (annotation instanceof Valid) {
            cascaded = true;
          } else if (isConstraint(annotation)) {
            return Optional.empty();
          }
        }
        if (hasTypeArgumentAnnotations(component.getAnnotatedType())) {
          return Optional.empty();
        }
        RequiredFields nested = null;
        if (cascaded) {
          var inner = of(component.getType(), visiting);
          if (inner.isEmpty()) {
            return Optional.empty();
          }
          nested = inner.get();
        }
        component.getAccessor().setAccessible(true);
        components.add(
            new Component(component.getName(), component.getAccessor(), required, nested));
      }
      visiting.remove(type);
      return Optional.of(new RequiredFields(List.copyOf(components)));
    }

    void check(Object value, String prefix, List<FieldProblem> problems) {
      for (var component : components) {
        Object field;
        try {
          field = component.accessor().invoke(value);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("a request record could not be read", e);
        }
        var name = prefix + component.name();
        if (field == null) {
          if (component.required()) {
            problems.add(new FieldProblem(name, REQUIRED));
          }
        } else if (component.nested() != null) {
          component.nested().check(field, name + ".", problems);
        }
      }
    }

    private static boolean hasConstraint(Annotation[] annotations) {
      for (var annotation : annotations) {
        if (annotation instanceof Valid || isConstraint(annotation)) {
          return true;
        }
      }
      return false;
    }

    private static boolean isConstraint(Annotation annotation) {
      return annotation.annotationType().isAnnotationPresent(Constraint.class)
          || annotation.annotationType().getPackageName().startsWith("jakarta.validation")
          || annotation.annotationType().getPackageName().startsWith("org.hibernate.validator");
    }

    private static boolean hasTypeArgumentAnnotations(AnnotatedType type) {
      if (type instanceof AnnotatedParameterizedType parameterized) {
        for (var argument : parameterized.getAnnotatedActualTypeArguments()) {
          if (argument.getAnnotations().length > 0 || hasTypeArgumentAnnotations(argument)) {
            return true;
          }
        }
      }
      if (type instanceof AnnotatedArrayType array) {
        var element = array.getAnnotatedGenericComponentType();
        return element.getAnnotations().length > 0 || hasTypeArgumentAnnotations(element);
      }
      return false;
    }
  }

  /** A path as the body names it: {@code holidays[0].name}, {@code holidays[0]}. */
  private static String field(Path path) {
    var field = new StringBuilder();
    for (var node : path) {
      if (node.isInIterable()) {
        field
            .append('[')
            .append(node.getIndex() != null ? (Object) node.getIndex() : node.getKey());
        field.append(']');
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    return field.toString();
  }

  /** No problems yet: for the query parameters of a request with no body, checked by hand. */
  public static RequestProblems none() {
    return new RequestProblems();
  }

  /** Notes another problem found while mapping the request. */
  public void problem(String field, String message) {
    problems.add(new FieldProblem(field, message));
  }

  /** The problems noted so far, to add more to. */
  public List<FieldProblem> problems() {
    return problems;
  }

  /** Throws a 400 listing every problem noted, if any. */
  public void check() {
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
  }
}
