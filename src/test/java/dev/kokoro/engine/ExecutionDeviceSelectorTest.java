package dev.kokoro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OrtProvider;
import dev.kokoro.engine.ExecutionDeviceSelector.Decision;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExecutionDeviceSelectorTest {
    private static final Set<OrtProvider> CPU_BUILD = EnumSet.of(OrtProvider.CPU);
    private static final Set<OrtProvider> GPU_BUILD = EnumSet.of(OrtProvider.CPU, OrtProvider.CUDA, OrtProvider.TENSOR_RT);

    private final AtomicInteger registrations = new AtomicInteger();

    private ExecutionDeviceSelector.CudaRegistration succeeding() {
        return registrations::incrementAndGet;
    }

    private ExecutionDeviceSelector.CudaRegistration failing(String message) {
        return () -> {
            registrations.incrementAndGet();
            throw new IllegalStateException(message);
        };
    }

    @Test
    void cpuIsUsedWhenRequestedEvenWithCudaAvailable() {
        Decision decision = ExecutionDeviceSelector.select(DevicePreference.CPU, GPU_BUILD, succeeding());

        assertThat(decision.device()).isEqualTo(ExecutionDevice.CPU);
        assertThat(registrations).hasValue(0);
    }

    @Test
    void cudaIsUsedWhenRequestedAndItRegisters() {
        Decision decision = ExecutionDeviceSelector.select(DevicePreference.CUDA, GPU_BUILD, succeeding());

        assertThat(decision.device()).isEqualTo(ExecutionDevice.CUDA);
        assertThat(registrations).hasValue(1);
    }

    @Test
    void cudaRequestedOnACpuBuildFailsWithInstallAdvice() {
        assertThatThrownBy(() -> ExecutionDeviceSelector.select(DevicePreference.CUDA, CPU_BUILD, succeeding()))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("no CUDA provider (it offers [CPU])")
                .hasMessageContaining("mvn -Pgpu")
                .hasMessageContaining("CUDA 12")
                .hasMessageContaining("cuDNN 9");
        assertThat(registrations).hasValue(0);
    }

    @Test
    void cudaRequestedButFailingToRegisterFailsWithTheCauseAndAdvice() {
        assertThatThrownBy(() -> ExecutionDeviceSelector.select(DevicePreference.CUDA, GPU_BUILD,
                failing("libcudnn.so.9: cannot open shared object file")))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("libcudnn.so.9: cannot open shared object file")
                .hasMessageContaining("cuDNN 9")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void autoPicksCudaWhenAvailableAndRegistered() {
        Decision decision = ExecutionDeviceSelector.select(DevicePreference.AUTO, GPU_BUILD, succeeding());

        assertThat(decision.device()).isEqualTo(ExecutionDevice.CUDA);
        assertThat(registrations).hasValue(1);
    }

    @Test
    void autoFallsBackToCpuOnACpuBuildSayingWhy() {
        Decision decision = ExecutionDeviceSelector.select(DevicePreference.AUTO, CPU_BUILD, succeeding());

        assertThat(decision.device()).isEqualTo(ExecutionDevice.CPU);
        assertThat(decision.reason()).contains("no CUDA provider");
        assertThat(registrations).hasValue(0);
    }

    @Test
    void autoFallsBackToCpuWhenCudaFailsToRegisterSayingWhy() {
        Decision decision = ExecutionDeviceSelector.select(DevicePreference.AUTO, GPU_BUILD,
                failing("libcublasLt.so.12 not found"));

        assertThat(decision.device()).isEqualTo(ExecutionDevice.CPU);
        assertThat(decision.reason()).contains("libcublasLt.so.12 not found");
        assertThat(registrations).hasValue(1);
    }

    @Test
    void otherAcceleratorsAloneDoNotCountAsCuda() {
        Decision decision = ExecutionDeviceSelector.select(DevicePreference.AUTO,
                EnumSet.of(OrtProvider.CPU, OrtProvider.ROCM, OrtProvider.DNNL), succeeding());

        assertThat(decision.device()).isEqualTo(ExecutionDevice.CPU);
        assertThat(registrations).hasValue(0);
    }

    @Test
    void preferencesParseInAnyCaseAndUnknownOnesNameTheChoices() {
        assertThat(DevicePreference.parse(" Cuda ")).isEqualTo(DevicePreference.CUDA);
        assertThat(DevicePreference.parse("auto")).isEqualTo(DevicePreference.AUTO);
        assertThatThrownBy(() -> DevicePreference.parse("gpu"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cpu, cuda, auto");
    }
}
