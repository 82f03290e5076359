# The classroom server as a container image: nginx in front of $WORKERS Streamlit workers on port 8501.
#   docker build -t nn-explainer .
#   docker run --rm -p 8501:8501 -e WORKERS=4 nn-explainer
# The shipped digit models are in the image; for the MNIST pages, mount the IDX files and name them:
#   docker run ... -v /path/to/mnist:/data/mnist:ro -e NNX_MNIST_DIR=/data/mnist nn-explainer
FROM python:3.11-slim-bookworm

RUN apt-get update \
    && apt-get install -y --no-install-recommends nginx fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY app.py ./
COPY .streamlit .streamlit
COPY nncore nncore
COPY pages pages
COPY ui ui
COPY tools tools

ENV PORT=8501 HOST=0.0.0.0 PYTHONUNBUFFERED=1 MALLOC_ARENA_MAX=2
EXPOSE 8501
# WORKERS: unset means one per core the container sees
CMD ["python", "-m", "tools.classroom"]
