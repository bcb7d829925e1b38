package eu.serviceaudit.advisor.system.web;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;

import org.springframework.stereotype.Component;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.bean.PropertyValueBuffer;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.module.SimpleModule;

/**
 * Builds this application's records from JSON through their constructor bound once: Jackson 3.1 calls a record's
 * constructor with {@code MethodHandle.invokeWithArguments}, which makes a new argument spreader on every call. For a
 * posted audit (15,000 records) that was a third of reading the request (docs/performance.md, issue 10). Same
 * constructor, same arguments; any failure goes through Jackson's own call, so its errors are unchanged. Registered
 * with the application's JsonMapper as a module bean.
 */
@Component
class RecordCreators extends SimpleModule {

	private static final String OWN_PACKAGE = "eu.serviceaudit.";

	RecordCreators() {
		super("record-creators");
	}

	@Override
	public void setupModule(SetupContext context) {
		super.setupModule(context);
		context.addValueInstantiators(new ValueInstantiators.Base() {
			@Override
			public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
					BeanDescription.Supplier description, ValueInstantiator found) {
				MethodHandle constructor = boundConstructor(found);
				return constructor == null ? found : new Bound(found, constructor);
			}
		});
	}

	/** The record constructor Jackson would call, spread over an argument array; null when not one of ours. */
	static MethodHandle boundConstructor(ValueInstantiator found) {
		if (!(found instanceof StdValueInstantiator std) || !found.getValueClass().isRecord()
				|| !found.getValueClass().getName().startsWith(OWN_PACKAGE)
				|| !(std.getWithArgsCreator() instanceof AnnotatedConstructor creator)) {
			return null;
		}
		try {
			Constructor<?> constructor = creator.getAnnotated();
			MethodHandle handle = MethodHandles.lookup().unreflectConstructor(constructor);
			return handle.asSpreader(Object[].class, constructor.getParameterCount())
				.asType(MethodType.methodType(Object.class, Object[].class));
		}
		catch (IllegalAccessException ex) {
			return null;
		}
	}

	private static final class Bound extends ValueInstantiator.Delegating {

		private final MethodHandle constructor;

		Bound(ValueInstantiator delegate, MethodHandle constructor) {
			super(delegate);
			this.constructor = constructor;
		}

		@Override
		public ValueInstantiator createContextual(DeserializationContext context, BeanDescription.Supplier description) {
			ValueInstantiator contextual = delegate().createContextual(context, description);
			return contextual == delegate() ? this : new Bound(contextual, constructor);
		}

		@Override
		public Object createFromObjectWith(DeserializationContext context, Object[] arguments) {
			try {
				return (Object) constructor.invokeExact(arguments);
			}
			catch (Throwable ex) {
				// Jackson's own call again, for its error (a 422 naming the field, or a handled problem)
				return delegate().createFromObjectWith(context, arguments);
			}
		}

		@Override
		public Object createFromObjectWith(DeserializationContext context, SettableBeanProperty[] properties,
				PropertyValueBuffer buffer) {
			return createFromObjectWith(context, buffer.getParameters(context, properties));
		}

	}

}
